/**
 * A small JSON facility for integrations: parse, read with clear errors, build and print.
 *
 * <p>Values are immutable records of the sealed {@link dev.pincer.spi.json.Json} type. Parsing is
 * strict (RFC 8259) and errors name the line and column.
 */
package dev.pincer.spi.json;
