/**
 * The paper model: {@link io.academichub.model.Paper}, its canonical {@link io.academichub.model.PaperId},
 * {@link io.academichub.model.Author} and {@link io.academichub.model.AnnounceType}.
 */
package io.academichub.model;
