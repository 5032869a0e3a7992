package io.academichub.store.jdbc;

import io.academichub.json.PaperJson;
import io.academichub.model.Paper;
import io.academichub.model.PaperId;
import io.academichub.store.Feedback;
import io.academichub.store.Feedback.Verdict;
import io.academichub.store.PaperStore.Novelty;
import io.academichub.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The schema upgrades in place: a database at schema 1, written as schema-1 code wrote it, opened by the current
 * code, comes up to {@link #LATEST} with its data; a database a newer AcademicHub upgraded is refused. On H2 and on
 * a real PostgreSQL.
 */
class SchemaUpgradeTest {

    /** The newest schema version, the highest {@code V<n>__} file in the migrations. */
    static final int LATEST = 2;

    @TempDir
    Path dir;

    @Test
    void anH2DataDirectoryAtSchema1IsUpgradedKeepingItsData() throws SQLException {
        upgradesKeepingData(h2DataSource(), () -> JdbcPaperStore.openH2(dir));
    }

    @Test
    void aPostgresSchemaAtSchema1IsUpgradedKeepingItsData() throws SQLException {
        TestPostgres server = TestPostgres.server();
        String url = server.newSchemaUrl();
        upgradesKeepingData(new DriverManagerDataSource(url, server.user(), server.password()), () -> server.open(url));
    }

    @Test
    void anH2DataDirectoryANewerAcademicHubUpgradedIsRefused() {
        SchemaMigrations.configure(h2DataSource())
                .locations(SchemaMigrations.LOCATION, "classpath:future-migration").load().migrate();
        assertThatThrownBy(() -> JdbcPaperStore.openH2(dir))
                .isInstanceOf(StoreException.class)
                .hasMessage("data directory " + dir.toAbsolutePath().normalize() + ": the database is at schema"
                        + " version 99, newer than this version of AcademicHub knows; upgrade AcademicHub");
        // refusing let go of the directory
        assertThatThrownBy(() -> JdbcPaperStore.openH2(dir)).isNotInstanceOf(DataDirectoryInUseException.class);
    }

    private DataSource h2DataSource() {
        return new DriverManagerDataSource("jdbc:h2:file:" + dir.toAbsolutePath().normalize()
                .resolve(JdbcPaperStore.H2_DATABASE_NAME), "sa", "");
    }

    private static void upgradesKeepingData(DataSource v1, Supplier<JdbcPaperStore> openCurrent) throws SQLException {
        List<Paper> papers = new ArrayList<>(RealPapers.announcement().subList(0, 50));
        // the announcement gives no other ids: give one paper its arXiv DOI, to find it by that after the upgrade
        Paper withAliases = papers.get(0).toBuilder()
                .addSameAs(PaperId.doi("10.48550/arXiv." + papers.get(0).id().value())).build();
        papers.set(0, withAliases);
        Feedback like = new Feedback(papers.get(7).id(), Verdict.LIKE, Instant.parse("2024-11-28T15:00:00Z"));

        SchemaMigrations.configure(v1).target("1").load().migrate();
        try (Connection c = v1.getConnection()) { // as schema-1 code wrote its rows
            try (PreparedStatement paper = c.prepareStatement("INSERT INTO ah_paper (id, version, json) VALUES (?, ?, ?)");
                 PreparedStatement alias = c.prepareStatement("INSERT INTO ah_paper_alias (alias, paper_id) VALUES (?, ?)");
                 PreparedStatement shown = c.prepareStatement(
                         "INSERT INTO ah_shown (profile, paper_id, version) VALUES ('radar', ?, ?)")) {
                for (Paper p : papers) {
                    paper.setString(1, p.id().toString());
                    paper.setInt(2, p.version());
                    paper.setString(3, PaperJson.toJson(p));
                    paper.executeUpdate();
                    for (var other : p.sameAs()) {
                        alias.setString(1, other.toString());
                        alias.setString(2, p.id().toString());
                        alias.executeUpdate();
                    }
                    shown.setString(1, p.id().toString());
                    shown.setInt(2, p.version());
                    shown.executeUpdate();
                }
            }
            SqlDialect dialect = SqlDialect.forProduct(c.getMetaData().getDatabaseProductName());
            try (PreparedStatement feedback = c.prepareStatement(dialect.upsertFeedback)) {
                feedback.setString(1, "radar");
                feedback.setString(2, like.paperId().toString());
                feedback.setString(3, like.verdict().name());
                feedback.setObject(4, OffsetDateTime.ofInstant(like.at(), ZoneOffset.UTC));
                feedback.executeUpdate();
            }
        }

        try (JdbcPaperStore store = openCurrent.get()) {
            assertThat(store.schemaVersion()).isEqualTo(LATEST);
            assertThat(store.novelty("radar", papers).values()).containsOnly(Novelty.SEEN);
            assertThat(store.paper(withAliases.sameAs().iterator().next())).contains(withAliases);
            for (Paper p : papers) {
                assertThat(store.paper(p.id())).contains(p);
            }
            assertThat(store.feedback("radar")).containsExactly(like);
            // and it writes on the upgraded schema
            Feedback dismiss = new Feedback(papers.get(8).id(), Verdict.DISMISS, Instant.parse("2024-11-29T09:00:00Z"));
            store.recordFeedback("radar", dismiss);
            assertThat(store.feedback("radar")).containsExactly(like, dismiss);
        }
    }
}
