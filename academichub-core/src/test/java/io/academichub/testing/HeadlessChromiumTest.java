package io.academichub.testing;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** The browser harness itself: it must see a request when a page makes one, and none when it does not. */
class HeadlessChromiumTest {

    private static HeadlessChromium chromium;
    private static WireMockServer server;

    @BeforeAll
    static void start() throws Exception {
        chromium = HeadlessChromium.start();
        server = new WireMockServer(options().dynamicPort());
        server.start();
        server.stubFor(get("/pixel.png").willReturn(aResponse().withStatus(404)));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.stop();
        }
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void seesEveryRequestAPageMakes(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("leaky.html");
        Files.writeString(page, "<!DOCTYPE html><html><body><p>hello</p><img src=\"" + server.baseUrl()
                + "/pixel.png\"></body></html>");

        HeadlessChromium.Page tab = chromium.open(page.toUri(), 800, 600);

        assertThat(tab.networkRequests()).containsExactly(server.baseUrl() + "/pixel.png");
    }

    @Test
    void aSelfContainedPageMakesNoRequest_andItsTextIsVisible(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("digest.html");
        Files.writeString(page, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>.gone{display:none}</style>"
                + "</head><body><ol><li>01. 第一篇</li><li>02. Second</li><li class=\"gone\">03. hidden</li></ol>"
                + "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"></body></html>");

        HeadlessChromium.Page tab = chromium.open(page.toUri(), 390, 844);

        assertThat(tab.networkRequests()).isEmpty();
        assertThat(tab.evaluate("[...document.querySelectorAll('li')].filter(e => e.offsetParent !== null)"
                + ".map(e => e.textContent).join('|')").asText()).isEqualTo("01. 第一篇|02. Second");
        byte[] png = tab.screenshotPng();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }
}
