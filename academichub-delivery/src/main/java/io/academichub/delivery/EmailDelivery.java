package io.academichub.delivery;

import io.academichub.text.CleanText;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Sends a {@link Digest} by e-mail through an SMTP server, with Eclipse Angus Mail (the Jakarta Mail
 * implementation): one message per delivery, to every recipient, as {@code multipart/alternative} — the Markdown as
 * the plain-text part, the HTML page (when the digest has one) as the rich part — in UTF-8.
 *
 * <pre>{@code
 * EmailDelivery mail = EmailDelivery.builder()
 *         .server("smtp.example.org", 587).startTls()          // STARTTLS is the default and is required
 *         .login("digest@example.org").passwordFromEnvironment("ACADEMICHUB_SMTP_PASSWORD")
 *         .from("digest@example.org").to("me@example.org", "lab@example.org")
 *         .build();
 * mail.deliver(digest);
 * }</pre>
 *
 * <p>With {@link Security#STARTTLS} the connection must be upgraded to TLS before anything is sent: a server that
 * does not offer STARTTLS is an error, never a fall back to plain text with the password in the clear. The
 * password is never printed: not by {@link #toString()}, {@link #target()}, nor in a {@link DeliveryException}.
 */
public final class EmailDelivery implements DigestDelivery {

    /** How the connection to the SMTP server is secured. */
    public enum Security {
        /** plain connection upgraded with STARTTLS, which is required (port 587, the usual submission port) */
        STARTTLS,
        /** TLS from the first byte, "SMTPS" (port 465) */
        SSL,
        /** no encryption: only for a relay on the same machine or in tests */
        NONE
    }

    private final String host;
    private final int port;
    private final Security security;
    private final String username;
    private final String password;
    private final String trustedHosts;
    private final InternetAddress from;
    private final List<InternetAddress> to;
    private final Duration timeout;
    private final Clock clock;

    private EmailDelivery(Builder b) {
        this.host = b.host;
        this.port = b.port;
        this.security = b.security;
        this.username = b.username;
        this.password = b.password;
        this.trustedHosts = b.trustedHosts;
        this.from = b.from;
        this.to = List.copyOf(b.to);
        this.timeout = b.timeout;
        this.clock = b.clock;
    }

    /**
     * Starts a delivery's configuration.
     *
     * @return a builder; {@link Builder#server}, {@link Builder#from} and {@link Builder#to} are required
     */
    public static Builder builder() {
        return new Builder();
    }

    /** {@code smtp://user@host:port (STARTTLS) → a@example.org, b@example.org}: no password. */
    @Override
    public String target() {
        return "smtp://" + (username == null ? "" : username + "@") + host + ":" + port + " (" + security + ") → "
                + to.stream().map(InternetAddress::getAddress).collect(Collectors.joining(", "));
    }

    @Override
    public void deliver(Digest digest) {
        Objects.requireNonNull(digest, "digest");
        Session session = Session.getInstance(sessionProperties());
        MimeMessage message;
        try {
            message = message(session, digest);
        } catch (MessagingException e) {
            throw new DeliveryException(target(), "could not build the message: " + e.getMessage(), e);
        }
        String protocol = security == Security.SSL ? "smtps" : "smtp";
        try (Transport transport = session.getTransport(protocol)) {
            transport.connect(host, port, username, password);
            transport.sendMessage(message, message.getAllRecipients());
        } catch (AuthenticationFailedException e) {
            throw new DeliveryException(target(), "the server refused the login" + serverSaid(e), e);
        } catch (MessagingException e) {
            throw new DeliveryException(target(), "could not send" + serverSaid(e), e);
        }
    }

    private MimeMessage message(Session session, Digest digest) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(from);
        message.setRecipients(Message.RecipientType.TO, to.toArray(InternetAddress[]::new));
        message.setSubject(digest.subject(), "UTF-8");
        message.setSentDate(Date.from(clock.instant()));
        MimeBodyPart text = new MimeBodyPart();
        text.setText(digest.markdown(), "UTF-8", "plain");
        if (digest.html() == null) {
            message.setContent(new MimeMultipart(text));
        } else {
            // Alternatives go from the plainest to the richest: a mail reader shows the last one it can.
            MimeBodyPart html = new MimeBodyPart();
            html.setText(digest.html(), "UTF-8", "html");
            message.setContent(new MimeMultipart("alternative", text, html));
        }
        message.saveChanges();
        return message;
    }

    Properties sessionProperties() {
        String p = security == Security.SSL ? "mail.smtps." : "mail.smtp.";
        Properties props = new Properties();
        props.put(p + "host", host);
        props.put(p + "port", Integer.toString(port));
        props.put(p + "auth", Boolean.toString(username != null));
        String millis = Long.toString(timeout.toMillis());
        props.put(p + "connectiontimeout", millis);
        props.put(p + "timeout", millis);
        props.put(p + "writetimeout", millis);
        if (security == Security.STARTTLS) {
            props.put(p + "starttls.enable", "true");
            props.put(p + "starttls.required", "true");
        }
        if (security != Security.NONE) {
            props.put(p + "ssl.checkserveridentity", "true");
            if (trustedHosts != null) {
                props.put(p + "ssl.trust", trustedHosts);
            }
        }
        return props;
    }

    /** The server's reply, cleaned of control characters and capped: servers write what they like. */
    private static String serverSaid(MessagingException e) {
        String text = e.getMessage();
        Throwable cause = e.getCause();
        if ((text == null || text.isBlank()) && cause != null) {
            text = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        }
        if (text == null || text.isBlank()) {
            return "";
        }
        String clean = CleanText.foldWhitespace(text.replaceAll("\\p{Cntrl}", " "));
        return ": " + (clean.length() > 300 ? clean.substring(0, 300) + "…" : clean);
    }

    /** {@link #target()}; never the password. */
    @Override
    public String toString() {
        return "EmailDelivery[" + target() + "]";
    }

    /** Builds an {@link EmailDelivery}; each setting checks its argument. */
    public static final class Builder {
        private String host;
        private int port;
        private Security security = Security.STARTTLS;
        private String username;
        private String password;
        private String trustedHosts;
        private InternetAddress from;
        private final List<InternetAddress> to = new ArrayList<>();
        private Duration timeout = Duration.ofSeconds(30);
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * The SMTP server, e.g. {@code ("smtp.example.org", 587)}.
         *
         * @param host the server's host name
         * @param port its port: 587 for STARTTLS, 465 for SSL
         * @return this builder
         * @throws IllegalArgumentException when the host is blank or the port out of range
         */
        public Builder server(String host, int port) {
            if (host == null || host.isBlank() || host.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("not an SMTP host name: '" + host + "'");
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("not a port: " + port);
            }
            this.host = host;
            this.port = port;
            return this;
        }

        /**
         * Upgrade the connection with STARTTLS, and refuse a server that does not offer it (the default).
         *
         * @return this builder
         */
        public Builder startTls() {
            return security(Security.STARTTLS);
        }

        /**
         * How the connection is secured.
         *
         * @param security STARTTLS (the default), SSL, or none
         * @return this builder
         */
        public Builder security(Security security) {
            this.security = Objects.requireNonNull(security, "security");
            return this;
        }

        /**
         * Trust these hosts' certificates without checking them against the JVM's trust store (space-separated
         * host names): for a server with a self-signed certificate. Never {@code "*"} outside tests.
         *
         * @param hosts space-separated host names
         * @return this builder
         */
        public Builder trustCertificatesOf(String hosts) {
            if (hosts == null || hosts.isBlank()) {
                throw new IllegalArgumentException("no host to trust");
            }
            this.trustedHosts = hosts.strip();
            return this;
        }

        /**
         * The user name to log in with; without it, no login is attempted.
         *
         * @param username the SMTP login
         * @return this builder
         */
        public Builder login(String username) {
            if (username == null || username.isBlank()) {
                throw new IllegalArgumentException("an SMTP login needs a user name");
            }
            this.username = username;
            return this;
        }

        /**
         * The password (prefer {@link #passwordFromEnvironment}: a password in a config file is easily shared).
         *
         * @param password the SMTP password; never printed
         * @return this builder
         */
        public Builder password(String password) {
            this.password = Objects.requireNonNull(password, "password");
            return this;
        }

        /**
         * The password, read from an environment variable now.
         *
         * @param variable the environment variable's name, e.g. {@code ACADEMICHUB_SMTP_PASSWORD}
         * @return this builder
         * @throws IllegalArgumentException when the variable is not set (the message names the variable only)
         */
        public Builder passwordFromEnvironment(String variable) {
            return passwordFromEnvironment(variable, System::getenv);
        }

        Builder passwordFromEnvironment(String variable, UnaryOperator<String> environment) {
            Objects.requireNonNull(variable, "variable");
            String value = environment.apply(variable);
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException("the SMTP password's environment variable " + variable
                        + " is not set");
            }
            return password(value);
        }

        /**
         * The sender, e.g. {@code "AcademicHub <digest@example.org>"}.
         *
         * @param address an RFC 822 address, with or without a display name
         * @return this builder
         */
        public Builder from(String address) {
            this.from = address(address);
            return this;
        }

        /**
         * One or more recipients (added to any given before).
         *
         * @param addresses RFC 822 addresses
         * @return this builder
         */
        public Builder to(String... addresses) {
            for (String a : addresses) {
                to.add(address(a));
            }
            return this;
        }

        /**
         * The connect, read and write timeout (default 30 s).
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive: " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * The clock for the message's Date header (tests).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The delivery.
         *
         * @return an immutable delivery, safe to reuse for every digest
         * @throws IllegalStateException when the server, the sender or every recipient is missing, or a password
         *                               was given without a login
         */
        public EmailDelivery build() {
            if (host == null) {
                throw new IllegalStateException("no SMTP server: call server(host, port)");
            }
            if (from == null) {
                throw new IllegalStateException("no sender: call from(address)");
            }
            if (to.isEmpty()) {
                throw new IllegalStateException("no recipient: call to(address...)");
            }
            if (password != null && username == null) {
                throw new IllegalStateException("a password without a login: call login(user)");
            }
            return new EmailDelivery(this);
        }

        private static InternetAddress address(String text) {
            try {
                InternetAddress address = new InternetAddress(Objects.requireNonNull(text, "address"), true);
                address.validate();
                return address;
            } catch (AddressException e) {
                throw new IllegalArgumentException("not an e-mail address: '" + text + "' (" + e.getMessage() + ")", e);
            }
        }
    }
}
