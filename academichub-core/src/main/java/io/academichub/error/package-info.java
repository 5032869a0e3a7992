/**
 * The typed failures of a fetch: {@link io.academichub.error.SourceException} and its kinds (rate limited,
 * unavailable, rejected, unreadable response). The HTTP transport ({@code io.academichub.http}) and the Source SPI
 * ({@code io.academichub.source}) both throw them, so they live apart from either; neither of those packages
 * depends back on the other's internals through them.
 */
package io.academichub.error;
