/**
 * The Source SPI: {@link io.academichub.source.Source}, {@link io.academichub.source.SourceProvider} and their
 * discovery in {@link io.academichub.source.SourceRegistry}; requests, results and reports; and the typed
 * exceptions every source failure is expressed in.
 */
package io.academichub.source;
