package org.sanctuarytracker.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Links that keep the current page's filters in the URL ({@code ${@urls.page(2)}}), so a
 * filtered list can be paged, bookmarked, shared and downloaded. Values are form-encoded
 * strictly: a "+" in a search comes back as a "+", not as a space.
 */
@Component("urls")
public class PageUrls {

	private static final Set<String> PAGING = Set.of("page", "size", "sort");

	/**
	 * This page's full address as a reader would give it (the public URL when one is
	 * configured), for the printed page to say where it came from.
	 */
	public String current() {
		return ServletUriComponentsBuilder.fromCurrentRequest().build().toUriString();
	}

	/** The current URL with {@code page} replaced. */
	public String page(int page) {
		List<String> query = filters(Set.of("page"));
		query.add("page=" + page);
		return currentRequest().getRequestURI() + "?" + String.join("&", query);
	}

	/**
	 * The CSV export at this path with the current page's filters, without its paging.
	 */
	public String export(String path) {
		List<String> query = filters(PAGING);
		return query.isEmpty() ? path : path + "?" + String.join("&", query);
	}

	private static List<String> filters(Set<String> left) {
		List<String> query = new ArrayList<>();
		for (Map.Entry<String, String[]> parameter : currentRequest().getParameterMap().entrySet()) {
			if (left.contains(parameter.getKey())) {
				continue;
			}
			for (String value : parameter.getValue()) {
				if (!value.isBlank()) {
					query.add(encode(parameter.getKey()) + "=" + encode(value));
				}
			}
		}
		return query;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static HttpServletRequest currentRequest() {
		return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
	}

}
