package io.academichub.delivery;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sends through a real SMTP server (GreenMail) running in the test on a free port. */
class EmailDeliveryTest {

    private static final String PASSWORD = "s3cret-Pa55";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("digest@example.org", "digest", PASSWORD));

    private static final String MARKDOWN = "# 今日简报\n\n01. **StreamKL** — 作者: José Pérez\n";
    private static final String HTML = "<!DOCTYPE html><html><body><h1>今日简报</h1><p>01. StreamKL</p></body></html>";

    private EmailDelivery.Builder plainServer() {
        return EmailDelivery.builder()
                .server("127.0.0.1", SMTP.getSmtp().getPort())
                .security(EmailDelivery.Security.NONE)
                .from("AcademicHub <digest@example.org>")
                .to("reader@example.org", "lab@example.org")
                .clock(Clock.fixed(Instant.parse("2026-12-01T06:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void sendsTheMarkdownAndTheHtmlAsAlternativesInUtf8() throws Exception {
        plainServer().login("digest").password(PASSWORD).build()
                .deliver(new Digest("AcademicHub 简报 — 2026-12-01: 2 papers", MARKDOWN, HTML));

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2); // one copy per recipient mailbox
        MimeMessage message = received[0];
        assertThat(message.getSubject()).isEqualTo("AcademicHub 简报 — 2026-12-01: 2 papers");
        assertThat(message.getFrom()[0].toString()).isEqualTo("AcademicHub <digest@example.org>");
        assertThat(message.getAllRecipients()).extracting(Object::toString)
                .containsExactly("reader@example.org", "lab@example.org");
        assertThat(message.getSentDate().toInstant()).isEqualTo(Instant.parse("2026-12-01T06:00:00Z"));
        assertThat(message.getContentType()).startsWith("multipart/alternative");
        Multipart parts = (Multipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain").containsIgnoringCase("utf-8");
        assertThat(((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n")).isEqualTo(MARKDOWN);
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat(((String) parts.getBodyPart(1).getContent()).replace("\r\n", "\n")).isEqualTo(HTML);
    }

    @Test
    void aTextOnlyDigestIsOnePlainPart() throws Exception {
        plainServer().build().deliver(Digest.text("Digest", "Nothing new today."));

        MimeMessage message = SMTP.getReceivedMessages()[0];
        Multipart parts = (Multipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(1);
        assertThat(((String) parts.getBodyPart(0).getContent()).strip()).isEqualTo("Nothing new today.");
    }

    @Test
    void aRefusedLoginNamesTheServerAndUserButNeverThePassword() {
        EmailDelivery mail = plainServer().login("digest").password("wrong-" + PASSWORD).build();

        assertThatThrownBy(() -> mail.deliver(Digest.text("Digest", "text")))
                .isInstanceOf(DeliveryException.class)
                .hasMessageStartingWith("smtp://digest@127.0.0.1:" + SMTP.getSmtp().getPort() + " (NONE) → ")
                .hasMessageContaining("refused the login")
                .hasMessageNotContaining(PASSWORD);
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void startTlsIsRequiredNotOptional_aServerWithoutItGetsNothing() {
        // GreenMail's SMTP does not offer STARTTLS: the password must not go out over plain text.
        EmailDelivery mail = plainServer().startTls().login("digest").password(PASSWORD).build();

        assertThatThrownBy(() -> mail.deliver(Digest.text("Digest", "text")))
                .isInstanceOf(DeliveryException.class)
                .hasMessageContaining("(STARTTLS)")
                .hasMessageContaining("STARTTLS")
                .hasMessageNotContaining(PASSWORD);
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void aServerThatIsNotThereIsATypedErrorNamingIt() {
        EmailDelivery mail = EmailDelivery.builder().server("127.0.0.1", 1).security(EmailDelivery.Security.NONE)
                .from("digest@example.org").to("reader@example.org").build();

        assertThatThrownBy(() -> mail.deliver(Digest.text("Digest", "text")))
                .isInstanceOf(DeliveryException.class)
                .hasMessageStartingWith("smtp://127.0.0.1:1 (NONE) → reader@example.org: could not send");
    }

    @Test
    void thePasswordNeverShowsInToStringOrTarget() {
        EmailDelivery mail = plainServer().login("digest").password(PASSWORD).build();

        assertThat(mail.toString()).isEqualTo("EmailDelivery[smtp://digest@127.0.0.1:" + SMTP.getSmtp().getPort()
                + " (NONE) → reader@example.org, lab@example.org]");
        assertThat(mail.target()).doesNotContain(PASSWORD);
    }

    @Test
    void startTlsSessionsRequireTheUpgradeAndCheckTheServersName() {
        EmailDelivery mail = EmailDelivery.builder().server("smtp.example.org", 587)
                .from("digest@example.org").to("reader@example.org").build();

        assertThat(mail.sessionProperties())
                .containsEntry("mail.smtp.starttls.enable", "true")
                .containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true")
                .containsEntry("mail.smtp.auth", "false");
    }

    @Test
    void thePasswordComesFromTheNamedEnvironmentVariable() {
        EmailDelivery.Builder builder = plainServer().login("digest");
        Map<String, String> env = Map.of("SMTP_PASSWORD", PASSWORD);

        builder.passwordFromEnvironment("SMTP_PASSWORD", env::get).build().deliver(Digest.text("Digest", "text"));
        assertThat(SMTP.getReceivedMessages()).hasSize(2);

        assertThatThrownBy(() -> plainServer().login("digest").passwordFromEnvironment("NOT_SET", env::get))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the SMTP password's environment variable NOT_SET is not set");
    }

    @Test
    void theBuilderSaysWhatIsMissingOrWrong() {
        assertThatThrownBy(() -> EmailDelivery.builder().from("a@example.org").to("b@example.org").build())
                .isInstanceOf(IllegalStateException.class).hasMessage("no SMTP server: call server(host, port)");
        assertThatThrownBy(() -> EmailDelivery.builder().server("smtp.example.org", 587).to("b@example.org").build())
                .isInstanceOf(IllegalStateException.class).hasMessage("no sender: call from(address)");
        assertThatThrownBy(() -> EmailDelivery.builder().server("smtp.example.org", 587).from("a@example.org").build())
                .isInstanceOf(IllegalStateException.class).hasMessage("no recipient: call to(address...)");
        assertThatThrownBy(() -> EmailDelivery.builder().to("not an address"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not an e-mail address: 'not an address'");
        assertThatThrownBy(() -> EmailDelivery.builder().server("smtp.example.org", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("not a port: 0");
    }
}
