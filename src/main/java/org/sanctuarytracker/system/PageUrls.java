package org.sanctuarytracker.system;

import java.util.Arrays;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links that keep the current page's filters in the URL ({@code ${@urls.page(2)}}), so a
 * filtered list can be paged, bookmarked and shared.
 */
@Component("urls")
public class PageUrls {

	/** The current URL with {@code page} replaced. */
	public String page(int page) {
		return with("page", String.valueOf(page));
	}

	/**
	 * The current URL with one parameter replaced (or removed when the value is null).
	 */
	public String with(String name, String value) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(request.getRequestURI());
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			String[] values = Arrays.stream(parameter.getValue()).filter((v) -> !v.isBlank()).toArray(String[]::new);
			if (values.length > 0 && !parameter.getKey().equals(name)) {
				url.queryParam(parameter.getKey(), (Object[]) values);
			}
		}
		if (value != null) {
			url.queryParam(name, value);
		}
		return url.encode().build().toUriString();
	}

}
