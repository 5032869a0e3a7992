package io.academichub.store.jdbc;

import java.util.Locale;

/**
 * The few statements that differ between H2 and PostgreSQL: the upserts. PostgreSQL's {@code INSERT … ON CONFLICT}
 * is atomic under concurrent writers from several processes; H2 (one process at a time, see
 * {@link DataDirectoryLock}) uses the standard {@code MERGE}.
 */
enum SqlDialect {

    H2(
            """
            MERGE INTO ah_paper t USING (VALUES (CAST(? AS VARCHAR(1000)), CAST(? AS INTEGER), CAST(? AS VARCHAR(1000000))))
                AS v(id, version, json) ON t.id = v.id
            WHEN MATCHED AND t.version <= v.version THEN UPDATE SET version = v.version, json = v.json
            WHEN NOT MATCHED THEN INSERT (id, version, json) VALUES (v.id, v.version, v.json)""",
            """
            MERGE INTO ah_shown t USING (VALUES (CAST(? AS VARCHAR(1000)), CAST(? AS VARCHAR(1000)), CAST(? AS INTEGER)))
                AS v(profile, paper_id, version) ON t.profile = v.profile AND t.paper_id = v.paper_id
            WHEN MATCHED AND t.version < v.version THEN UPDATE SET version = v.version
            WHEN NOT MATCHED THEN INSERT (profile, paper_id, version) VALUES (v.profile, v.paper_id, v.version)""",
            """
            MERGE INTO ah_feedback t USING (VALUES (CAST(? AS VARCHAR(1000)), CAST(? AS VARCHAR(1000)),
                    CAST(? AS VARCHAR(16)), CAST(? AS TIMESTAMP WITH TIME ZONE)))
                AS v(profile, paper_id, verdict, given_at) ON t.profile = v.profile AND t.paper_id = v.paper_id
            WHEN MATCHED THEN UPDATE SET verdict = v.verdict, given_at = v.given_at,
                given_order = NEXT VALUE FOR ah_feedback_order
            WHEN NOT MATCHED THEN INSERT (profile, paper_id, verdict, given_at, given_order)
                VALUES (v.profile, v.paper_id, v.verdict, v.given_at, NEXT VALUE FOR ah_feedback_order)"""),

    POSTGRESQL(
            """
            INSERT INTO ah_paper (id, version, json) VALUES (?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, json = EXCLUDED.json
            WHERE ah_paper.version <= EXCLUDED.version""",
            """
            INSERT INTO ah_shown (profile, paper_id, version) VALUES (?, ?, ?)
            ON CONFLICT (profile, paper_id) DO UPDATE SET version = EXCLUDED.version
            WHERE ah_shown.version < EXCLUDED.version""",
            """
            INSERT INTO ah_feedback (profile, paper_id, verdict, given_at, given_order)
            VALUES (?, ?, ?, ?, nextval('ah_feedback_order'))
            ON CONFLICT (profile, paper_id) DO UPDATE SET verdict = EXCLUDED.verdict, given_at = EXCLUDED.given_at,
                given_order = EXCLUDED.given_order""");

    /** Parameters: id, version, json. Stores the paper unless a newer version is stored; counts 1 when it did. */
    final String upsertPaper;
    /** Parameters: profile, paper id, version. Remembers the highest version shown. */
    final String upsertShown;
    /** Parameters: profile, paper id, verdict, given at. Replaces an earlier verdict and moves it last. */
    final String upsertFeedback;

    SqlDialect(String upsertPaper, String upsertShown, String upsertFeedback) {
        this.upsertPaper = upsertPaper;
        this.upsertShown = upsertShown;
        this.upsertFeedback = upsertFeedback;
    }

    /** The dialect for a database, by the product name its JDBC driver reports. */
    static SqlDialect forProduct(String databaseProductName) {
        String name = databaseProductName.toLowerCase(Locale.ROOT);
        if (name.contains("h2")) {
            return H2;
        }
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported database " + databaseProductName
                + ": AcademicHub's store runs on H2 and PostgreSQL");
    }
}
