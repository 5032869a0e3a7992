/**
 * <b>Supported API for adapter writers:</b> safe streaming XML ({@link io.academichub.xml.SafeXml}: no DTDs, no
 * external entities, bounded; errors as {@link io.academichub.error.FeedFormatException} with line and column).
 * A third-party adapter that reads XML should read it through this, as every shipped adapter does, so that it passes
 * the XXE check of {@code HttpSourceContract}. Kept compatible like the rest of the SPI. (What only the shipped
 * adapters share lives in {@code io.academichub.sources.internal} and is not API.)
 */
package io.academichub.xml;
