package dev.pincer.conformance.fake.telegram.fidelity;

import com.pengrad.telegrambot.Callback;
import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.TelegramException;
import com.pengrad.telegrambot.UpdatesListener;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.request.GetUpdates;
import com.pengrad.telegrambot.response.GetUpdatesResponse;
import dev.pincer.conformance.fake.telegram.FakeTelegram;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** Drives pengrad's java-telegram-bot-api against a {@link FakeTelegram}, as a bot author would. */
final class Library {
    private static final long WAIT_MILLIS = 10_000;

    private Library() {}

    /** A client whose API URL is the fake: the library appends {@code <token>/<method>} to it. */
    static TelegramBot bot(FakeTelegram fake, String token) {
        return new TelegramBot.Builder(token).apiUrl(fake.baseUri() + "/bot").build();
    }

    /** The updates a listener received and the errors its exception handler was told about. */
    static final class Listener {
        private final List<Update> received = new CopyOnWriteArrayList<>();
        private final List<String> errors = new CopyOnWriteArrayList<>();
        private final TelegramBot bot;

        private Listener(TelegramBot bot) {
            this.bot = bot;
        }

        /** Waits (real time, at most 10 s) until {@code count} updates arrived, then stops the library's loop. */
        List<Update> await(int count) throws InterruptedException {
            long deadline = System.currentTimeMillis() + WAIT_MILLIS;
            while (received.size() < count && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            return List.copyOf(received);
        }

        List<String> errors() {
            return List.copyOf(errors);
        }

        void stop() {
            bot.removeGetUpdatesListener();
        }
    }

    /** Starts the library's own polling loop, which confirms all updates it processed on its next poll. */
    static Listener listen(TelegramBot bot, GetUpdates request) {
        Listener listener = new Listener(bot);
        bot.setUpdatesListener(updates -> {
            listener.received.addAll(updates);
            return UpdatesListener.CONFIRMED_UPDATES_ALL;
        }, (TelegramException e) -> listener.errors.add(String.valueOf(e.response() != null
                ? e.response().errorCode() + " " + e.response().description() : e.getCause())), request);
        return listener;
    }

    /** Waits (real time, at most 10 s) until the fake saw {@code offset} confirmed. */
    static void awaitConfirmed(FakeTelegram fake, long offset) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (fake.confirmedOffset() < offset && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
    }

    /** Two long polls in flight at once: the one answered first, and the other one, still waiting. */
    static final class TwoPolls {
        private final CompletableFuture<GetUpdatesResponse> a;
        private final CompletableFuture<GetUpdatesResponse> b;
        private CompletableFuture<GetUpdatesResponse> other;

        private TwoPolls(CompletableFuture<GetUpdatesResponse> a, CompletableFuture<GetUpdatesResponse> b) {
            this.a = a;
            this.b = b;
        }

        /** Waits (at most 10 s) for the first answer; the other poll must still be waiting then. */
        GetUpdatesResponse first() throws Exception {
            CompletableFuture.anyOf(a, b).get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
            CompletableFuture<GetUpdatesResponse> done = a.isDone() ? a : b;
            other = done == a ? b : a;
            if (other.isDone()) {
                throw new AssertionError("both polls ended at once: " + a.get() + " / " + b.get());
            }
            return done.get();
        }

        /** Waits (at most 10 s) for the poll that {@link #first()} left waiting. */
        GetUpdatesResponse second() throws Exception {
            if (other == null) {
                throw new IllegalStateException("call first() before second()");
            }
            return other.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Sends two 30 s long polls through the library's asynchronous API. Whichever reaches the fake's queue
     * second terminates the other, so the order of arrival does not matter to the test.
     */
    static TwoPolls twoConcurrentPolls(TelegramBot bot, FakeTelegram fake) throws InterruptedException {
        CompletableFuture<GetUpdatesResponse> a = poll(bot);
        awaitArrivals(fake, 1);
        CompletableFuture<GetUpdatesResponse> b = poll(bot);
        awaitArrivals(fake, 2);
        return new TwoPolls(a, b);
    }

    private static CompletableFuture<GetUpdatesResponse> poll(TelegramBot bot) {
        CompletableFuture<GetUpdatesResponse> future = new CompletableFuture<>();
        bot.execute(new GetUpdates().timeout(30), new Callback<GetUpdates, GetUpdatesResponse>() {
            @Override
            public void onResponse(GetUpdates request, GetUpdatesResponse response) {
                future.complete(response);
            }

            @Override
            public void onFailure(GetUpdates request, IOException e) {
                future.completeExceptionally(e);
            }
        });
        return future;
    }

    private static void awaitArrivals(FakeTelegram fake, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (fake.requests("getUpdates").size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        int seen = fake.requests("getUpdates").size();
        if (seen < count) {
            throw new AssertionError("the fake saw " + seen + " getUpdates within 10 s, expected " + count);
        }
    }
}
