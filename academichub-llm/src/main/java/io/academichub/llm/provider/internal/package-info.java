/**
 * Wire DTOs of the provider protocols. Not API: they change whenever a provider's JSON does.
 */
package io.academichub.llm.provider.internal;
