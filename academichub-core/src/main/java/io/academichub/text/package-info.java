/** Text clean-ups shared by the sources: white space folding and TeX accents to Unicode. */
package io.academichub.text;
