package org.opsbench.notifications.internal;

import org.opsbench.notifications.DeliveryException;
import org.opsbench.notifications.NotificationChannel;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.opsbench.notifications.model.DeliverySettings;

/**
 * SMS through an HTTP gateway: POST of {@code {"to": ..., "text": ..., "reference": ...}} as JSON with
 * a bearer token; any 2xx answer means accepted. Most SMS providers offer such an endpoint or a
 * small adapter in front of theirs.
 */
public final class HttpSmsChannel implements NotificationChannel {

    /** Longest SMS text sent; longer texts are cut with an ellipsis (the gateway would split or refuse them). */
    static final int MAX_TEXT = 500;

    @Override
    public void send(Message message, DeliverySettings settings) throws DeliveryException {
        String url = settings.getSmsGatewayUrl();
        if (url == null || url.isBlank()) {
            throw new DeliveryException(Messages.format("smsNoGateway"));
        }
        String text = message.subject() == null || message.subject().isBlank() ? message.body()
                : message.body() == null || message.body().isBlank() ? message.subject() : message.subject() + ": " + message.body();
        if (text != null && text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT - 1) + "\u2026";
        }
        String json = "{\"to\":" + quote(message.recipient()) + ",\"text\":" + quote(text) + ",\"reference\":" + quote(message.reference())
                + "}";
        Duration timeout = Duration.ofSeconds(settings.getConnectTimeoutSeconds());
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.trim())).timeout(timeout)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            if (settings.getSmsGatewayToken() != null && !settings.getSmsGatewayToken().isBlank()) {
                request.header("Authorization", "Bearer " + settings.getSmsGatewayToken());
            }
            HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 != 2) {
                String body = response.body() == null ? "" : response.body().strip();
                throw new DeliveryException(Messages.format("smsRefused", response.statusCode(),
                        body.length() > 200 ? body.substring(0, 200) : body));
            }
        } catch (IllegalArgumentException e) {
            throw new DeliveryException(Messages.format("smsBadUrl", url, e.getMessage()), e);
        } catch (IOException e) {
            throw new DeliveryException(Messages.format("smsUnreachable", url, String.valueOf(e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage())), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException(Messages.format("smsUnreachable", url, "interrupted"), e);
        }
    }

    static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
