package org.sanctuarytracker.system;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Error answers rendered by Spring Boot's error controller (the 500 and 503 pages, and
 * their JSON for API clients) carry the request's id as {@code reference}: what a reader
 * quotes and an operator finds in the log.
 */
@Component
class ErrorReference extends DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		Object id = request.getAttribute(RequestIds.KEY, RequestAttributes.SCOPE_REQUEST);
		if (id != null) {
			attributes.put("reference", id);
		}
		return attributes;
	}

}
