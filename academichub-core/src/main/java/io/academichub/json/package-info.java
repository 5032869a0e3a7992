/** The Paper JSON wire contract: {@link io.academichub.json.PaperJson}. */
package io.academichub.json;
