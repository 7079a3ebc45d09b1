package org.sanctuarytracker.reading;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

import org.sanctuarytracker.system.PastView;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * On a page showing the past ({@link PastView}), the links to pages that can show the
 * same moment carry it: profiles, the map, the jurisdiction list, search, and the
 * downloads, so a reader who follows them stays in the same snapshot. Links to pages that
 * show only today (a record's own page, a person's, forms) are left as they are; the
 * banner says so. Done where Thymeleaf builds every {@code @{…}} link, so no template has
 * to remember.
 */
@Component
class PastLinks implements BeanPostProcessor {

	/**
	 * A profile ("/jurisdictions/chicago-il", not "/jurisdictions/new"), the map, the
	 * jurisdiction list, search, or a download.
	 */
	private static final Pattern CARRIES_THE_MOMENT = Pattern.compile(
			"(/jurisdictions/(?!new(?:[?#]|$))[^/?#]+|/jurisdictions|/map|/search|/export/[a-z_]+\\.(?:csv|xlsx)|/api/v1/jurisdictions/[^/?#]+)(?:[?#].*)?");

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof SpringTemplateEngine engine) {
			engine.setLinkBuilder(new Builder());
		}
		return bean;
	}

	/** The link, carrying the moment when it leads to a page that can show it. */
	static String withMoment(String link, String contextPath, String asOf) {
		if (!link.startsWith(contextPath) || link.contains("as_of=")
				|| !CARRIES_THE_MOMENT.matcher(link.substring(contextPath.length())).matches()) {
			return link;
		}
		int fragment = link.indexOf('#');
		String path = (fragment < 0) ? link : link.substring(0, fragment);
		String rest = (fragment < 0) ? "" : link.substring(fragment);
		return path + (path.contains("?") ? "&" : "?") + "as_of=" + URLEncoder.encode(asOf, StandardCharsets.UTF_8)
				+ rest;
	}

	private static final class Builder extends StandardLinkBuilder {

		@Override
		protected String processLink(IExpressionContext context, String link) {
			String processed = super.processLink(context, link);
			if (context.getVariable(PastView.ATTRIBUTE) instanceof PastView past) {
				return withMoment(processed, computeContextPath(context, link, Map.of()), past.asOf());
			}
			return processed;
		}

	}

}
