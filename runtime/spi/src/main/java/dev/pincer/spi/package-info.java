/**
 * The Pincer SPI: the only API a generated integration compiles against.
 *
 * <p>An integration is a class named in its manifest ({@code pincer.json}) with a public no-argument
 * constructor. A chat channel implements {@link dev.pincer.spi.Channel}, a model provider
 * {@link dev.pincer.spi.Model}, a tool {@link dev.pincer.spi.Tool}, a guard (a security control that may deny
 * a proposed action or ask the owner first, never widen) {@link dev.pincer.spi.Guard}. Everything it may do to the
 * outside world goes through the context ({@link dev.pincer.spi.IntegrationContext}) it receives in
 * {@code start}: HTTP egress to the hosts its manifest names, secrets as opaque placeholders, the
 * clock (never {@code Thread.sleep} or the system clock), a logger, durable key-value state and the
 * owner's configuration. The runtime confines the integration to exactly that.
 *
 * <p>All types here are immutable values or narrow interfaces; nulls are rejected at every boundary.
 */
package dev.pincer.spi;
