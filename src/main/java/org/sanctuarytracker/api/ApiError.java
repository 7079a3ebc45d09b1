package org.sanctuarytracker.api;

import java.util.List;

/**
 * The JSON API's error body: the HTTP status, its reason, what was wrong, and the
 * request's id ({@code reference}, also in the {@code X-Request-Id} header) to quote when
 * reporting it.
 */
public record ApiError(int status, String error, String message, List<String> problems, String reference) {

}
