/**
 * The polite HTTP transport every source fetches through: {@link io.academichub.http.HttpTransport}.
 */
package io.academichub.http;
