package io.academichub.sources.biorxiv;

import java.net.URI;
import java.util.Locale;

/**
 * The two preprint servers the API at {@code api.biorxiv.org} serves, each with the name it has in API paths, in
 * {@link io.academichub.model.Paper#source()} and in source ids, and the site its papers live on.
 *
 * <pre>{@code
 * BiorxivServer.MEDRXIV.id();                                        // "medrxiv"
 * BiorxivServer.MEDRXIV.landingPage("10.1101/2026.06.01.26354321", 2)
 *         // https://www.medrxiv.org/content/10.1101/2026.06.01.26354321v2
 * }</pre>
 */
public enum BiorxivServer {

    /** bioRxiv, the preprint server for biology. */
    BIORXIV("biorxiv", "bioRxiv", "https://www.biorxiv.org"),
    /** medRxiv, the preprint server for health sciences. */
    MEDRXIV("medrxiv", "medRxiv", "https://www.medrxiv.org");

    private final String id;
    private final String displayName;
    private final String site;

    BiorxivServer(String id, String displayName, String site) {
        this.id = id;
        this.displayName = displayName;
        this.site = site;
    }

    /**
     * {@return the lower-case name used in API paths, source ids and {@code Paper.source}: {@code biorxiv}, {@code
     * medrxiv}}
     */
    public String id() {
        return id;
    }

    /** {@return the server's own spelling: {@code bioRxiv}, {@code medRxiv}} */
    public String displayName() {
        return displayName;
    }

    /**
     * {@return the landing page of one version of a preprint: {@code https://www.biorxiv.org/content/<doi>v<version>}}
     *
     * @param doi the preprint's DOI
     * @param version the version, 1 or more
     */
    public URI landingPage(String doi, int version) {
        return URI.create(site + "/content/" + doi + "v" + version);
    }

    /**
     * {@return the full-text PDF of one version: the landing page followed by {@code .full.pdf}}
     *
     * @param doi the preprint's DOI
     * @param version the version, 1 or more
     */
    public URI pdf(String doi, int version) {
        return URI.create(site + "/content/" + doi + "v" + version + ".full.pdf");
    }

    /**
     * {@return the server a name stands for, in any case ({@code bioRxiv}, {@code medrxiv}), or {@code null} when it
     * names neither}
     *
     * @param name {@code biorxiv} or {@code medrxiv}, in any case
     */
    public static BiorxivServer fromName(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (BiorxivServer s : values()) {
            if (s.id.equals(n)) {
                return s;
            }
        }
        return null;
    }
}
