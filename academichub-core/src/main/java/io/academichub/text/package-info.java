/**
 * <b>Supported API for adapter writers:</b> the text clean-ups a {@link io.academichub.model.Paper}'s text fields
 * need ({@link io.academichub.text.CleanText}: white space folding and entity decoding;
 * {@link io.academichub.text.TexAccents}: TeX accents in names to Unicode), the same rules the contract kit checks.
 * Kept compatible like the rest of the SPI. (What only the shipped adapters share, such as markup-to-text, lives in
 * {@code io.academichub.sources.internal} and is not API.)
 */
package io.academichub.text;
