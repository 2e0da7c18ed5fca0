/**
 * YAML read into a tree that remembers where each value was written, so that configuration readers
 * ({@code pincer.yaml}, {@code policy.yaml}) report every problem as {@code file:line:column}.
 */
package dev.pincer.runtime.yaml;
