package org.sanctuarytracker.api;

import java.util.List;

/**
 * The JSON API's error body: the HTTP status, its reason, and what was wrong.
 */
public record ApiError(int status, String error, String message, List<String> problems) {

}
