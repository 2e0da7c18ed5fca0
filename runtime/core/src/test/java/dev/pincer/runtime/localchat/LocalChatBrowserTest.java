package dev.pincer.runtime.localchat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pincer.spi.json.Json;
import dev.pincer.spi.json.JsonBoolean;
import dev.pincer.spi.json.JsonObject;
import dev.pincer.spi.json.JsonString;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page in a real headless Chromium: typing, clicking Send, Enter and Shift+Enter, and text that looks like HTML. */
class LocalChatBrowserTest {

    private static final String TEXTS =
            "JSON.stringify([...document.querySelectorAll('#transcript li')].map(li => li.className + ': '"
                    + " + li.querySelector('.text').textContent))";

    @TempDir
    Path dir;

    @Test
    void theOwnerTypesClicksSendAndReadsTheReplyAndMarkupInAMessageStaysText() throws Exception {
        try (ChatRun run = ChatRun.start(dir.resolve("data")); Browser browser = Browser.launch(dir.resolve("browser"))) {
            DevTools page = browser.page();
            page.call("Page.enable");
            page.call("Page.navigate", Json.object().put("url", run.chat.pageUri().toString()).build());
            waitFor(page, browser, "the banner from /api/info",
                    "document.getElementById('banner').textContent === 'Model: built-in echo (not an AI)'");
            assertEquals(Json.of(""), page.evaluate("location.search"), "the token is taken out of the address bar");

            page.evaluate("document.getElementById('message').focus()");
            page.call("Input.insertText", Json.object().put("text", "hello from the browser").build());
            click(page, "#send");
            waitFor(page, browser, "the reply to the clicked message",
                    TEXTS + ".includes('\"assistant: echo: hello from the browser\"')");
            assertEquals(Json.of(""), page.evaluate("document.getElementById('message').value"), "the box is emptied");

            String markup = "<img src=x onerror=alert(1)>";
            page.evaluate("document.getElementById('message').focus()");
            page.call("Input.insertText", Json.object().put("text", markup).build());
            press(page, "Enter", 0);
            waitFor(page, browser, "the reply to the message sent with Enter",
                    TEXTS + ".includes('\"assistant: echo: " + markup + "\"')");

            assertEquals(Json.parse("[\"owner: hello from the browser\",\"assistant: echo: hello from the browser\","
                    + "\"owner: " + markup + "\",\"assistant: echo: " + markup + "\"]"), Json.parse(
                    ((JsonString) page.evaluate(TEXTS)).value()));
            assertEquals(Json.of(0), page.evaluate("document.querySelectorAll('#transcript img').length"),
                    "the markup was shown as text, not made into an element");
            assertEquals(0, page.events("Page.javascriptDialogOpening").size(), "no script ran: no alert opened");
            assertEquals(Json.of("Ada"), page.evaluate("document.querySelector('#transcript li.owner .who').textContent"));
        }
    }

    @Test
    void shiftEnterStartsANewLineWithoutSendingAndTheFormIsLabelled() throws Exception {
        try (ChatRun run = ChatRun.start(dir.resolve("data")); Browser browser = Browser.launch(dir.resolve("browser"))) {
            DevTools page = browser.page();
            page.call("Page.navigate", Json.object().put("url", run.chat.pageUri().toString()).build());
            waitFor(page, browser, "the page to be ready", "document.getElementById('banner').textContent !== ''");

            page.evaluate("document.getElementById('message').focus()");
            page.call("Input.insertText", Json.object().put("text", "line one").build());
            press(page, "Enter", 8);
            page.call("Input.insertText", Json.object().put("text", "line two").build());

            assertEquals(Json.of("line one\nline two"), page.evaluate("document.getElementById('message').value"));
            Thread.sleep(300);
            assertEquals(0, run.delivered.size(), "Shift+Enter sent nothing");
            assertEquals(Json.of("Message to Pincer"), page.evaluate(
                    "document.getElementById('message').labels[0].textContent"));
            assertEquals(Json.of("polite"), page.evaluate(
                    "document.getElementById('transcript').getAttribute('aria-live')"));

            press(page, "Enter", 0);
            waitFor(page, browser, "the two-line reply", TEXTS + ".includes('\"assistant: echo: line one\\\\nline two\"')");
        }
    }

    /** Clicks the middle of the element {@code selector} with the mouse, as a person would. */
    private static void click(DevTools page, String selector) throws Exception {
        JsonObject box = Json.parseObject(((JsonString) page.evaluate(
                "JSON.stringify(document.querySelector('" + selector + "').getBoundingClientRect())")).value());
        double x = box.optNumber("x").orElseThrow().doubleValue() + box.optNumber("width").orElseThrow().doubleValue() / 2;
        double y = box.optNumber("y").orElseThrow().doubleValue() + box.optNumber("height").orElseThrow().doubleValue() / 2;
        for (String type : new String[] {"mousePressed", "mouseReleased"}) {
            page.call("Input.dispatchMouseEvent", Json.object().put("type", type)
                    .put("x", Json.parse(Double.toString(x))).put("y", Json.parse(Double.toString(y)))
                    .put("button", "left").put("clickCount", 1).build());
        }
    }

    /** Presses a key; {@code modifiers} is the protocol's bit set (8 = Shift). */
    private static void press(DevTools page, String key, int modifiers) throws Exception {
        page.call("Input.dispatchKeyEvent", Json.object().put("type", "keyDown").put("key", key).put("code", key)
                .put("windowsVirtualKeyCode", 13).put("text", "\r").put("modifiers", modifiers).build());
        page.call("Input.dispatchKeyEvent", Json.object().put("type", "keyUp").put("key", key).put("code", key)
                .put("windowsVirtualKeyCode", 13).put("modifiers", modifiers).build());
    }

    /**
     * Evaluates {@code condition} until it is true (an exception, as while the page is still loading, counts as
     * false), for at most 10 s; fails showing the page's text.
     */
    private static void waitFor(DevTools page, Browser browser, String what, String condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!(page.evaluate("(() => { try { return Boolean(" + condition + "); } catch (e) { return false; } })()") instanceof JsonBoolean(boolean done) && done)) {
            if (System.nanoTime() > deadline) {
                fail("waited 10 s in Chromium for " + what + "; the page shows: "
                        + page.evaluate("document.body.innerText") + "\nChromium's output: " + browser.logTail());
            }
            Thread.sleep(50);
        }
    }
}
