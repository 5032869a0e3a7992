/** Safe streaming XML for the feed parsers: {@link io.academichub.xml.SafeXml}. */
package io.academichub.xml;
