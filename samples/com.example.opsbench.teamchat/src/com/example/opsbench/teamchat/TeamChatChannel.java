package com.example.opsbench.teamchat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.opsbench.notifications.DeliveryException;
import org.opsbench.notifications.NotificationChannel;
import org.opsbench.notifications.model.DeliverySettings;

/**
 * Posts a notification to a chat group's incoming webhook. The recipient is the group's webhook URL
 * (what the chat service shows when a robot is added to the group); the message goes as
 * {@code {"msgtype":"text","text":{"content":"subject\nbody"},"reference":"C-..."}}. Any 2xx answer
 * means delivered; everything else is a {@link DeliveryException} that says why, and the OpsBench
 * outbox retries it later.
 */
public final class TeamChatChannel implements NotificationChannel {

    /** Chat services cut long texts; a notification says what happened in its first lines. */
    static final int MAX_CONTENT = 2000;

    @Override
    public void send(Message message, DeliverySettings settings) throws DeliveryException {
        URI webhook = webhook(message.recipient());
        String content = message.subject() == null || message.subject().isBlank() ? String.valueOf(message.body())
                : message.body() == null || message.body().isBlank() ? message.subject() : message.subject() + "\n" + message.body();
        if (content.length() > MAX_CONTENT) {
            content = content.substring(0, MAX_CONTENT - 1) + "\u2026";
        }
        String json = "{\"msgtype\":\"text\",\"text\":{\"content\":" + Json.quote(content) + "},\"reference\":"
                + Json.quote(message.reference()) + "}";
        Duration timeout = Duration.ofSeconds(Math.max(1, settings.getConnectTimeoutSeconds()));
        HttpRequest request = HttpRequest.newBuilder(webhook).timeout(timeout).header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(timeout).build().send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 != 2) {
                String answer = response.body() == null ? "" : response.body().strip();
                throw new DeliveryException("The chat webhook refused the message: HTTP " + response.statusCode()
                        + (answer.isEmpty() ? "" : " " + (answer.length() > 200 ? answer.substring(0, 200) : answer)));
            }
        } catch (IOException e) {
            throw new DeliveryException("The chat webhook " + webhook.getHost() + " cannot be reached: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("Sending to the chat webhook " + webhook.getHost() + " was interrupted.", e);
        }
    }

    /** @return the recipient as an http(s) URL, or a message saying what is wrong with it */
    private static URI webhook(String recipient) throws DeliveryException {
        try {
            URI uri = URI.create(recipient == null ? "" : recipient.strip());
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("not an http or https address");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new DeliveryException("The recipient \"" + recipient + "\" is not a chat webhook URL (" + e.getMessage() + ").");
        }
    }
}
