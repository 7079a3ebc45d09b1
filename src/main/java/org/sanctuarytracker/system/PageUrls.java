package org.sanctuarytracker.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links that keep the current page's filters in the URL ({@code ${@urls.page(2)}}), so a
 * filtered list can be paged, bookmarked, shared and downloaded.
 */
@Component("urls")
public class PageUrls {

	private static final Set<String> PAGING = Set.of("page", "size", "sort");

	/** The current URL with {@code page} replaced. */
	public String page(int page) {
		UriComponentsBuilder url = withFilters(currentRequest().getRequestURI(), Set.of("page"));
		return url.queryParam("page", page).build(true).toUriString();
	}

	/**
	 * The CSV export at this path with the current page's filters, without its paging.
	 */
	public String export(String path) {
		return withFilters(path, PAGING).build(true).toUriString();
	}

	private static UriComponentsBuilder withFilters(String path, Set<String> left) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
		for (Map.Entry<String, String[]> parameter : currentRequest().getParameterMap().entrySet()) {
			String[] values = Arrays.stream(parameter.getValue()).filter((v) -> !v.isBlank()).toArray(String[]::new);
			if (values.length > 0 && !left.contains(parameter.getKey())) {
				// Encoded strictly: a "+" in a search must not come back as a space.
				url.queryParam(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8),
						Arrays.stream(values)
							.map((value) -> URLEncoder.encode(value, StandardCharsets.UTF_8))
							.toArray());
			}
		}
		return url;
	}

	private static HttpServletRequest currentRequest() {
		return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
	}

}
