package org.sanctuarytracker.system;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What a page says of itself to search engines and to the previews chat apps and social
 * sites show of a shared link (the layout's description, Open Graph tags and canonical
 * link): its title, a short description (the record's, set by its controller as
 * {@value #DESCRIPTION}, else one for the kind of page), its canonical address at the
 * configured public URL (never the Host header a client sent, as for citations), and its
 * language.
 */
@Component("preview")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LinkPreviews {

	/** The model attribute of a description written from the page's record. */
	public static final String DESCRIPTION = "pageDescription";

	/**
	 * The model attribute that makes a page an article: a fact with a page of its own (a
	 * statement, a policy, a funding row), rather than a page that gathers them.
	 */
	public static final String ARTICLE = "pageArticle";

	private final MessageSource messages;

	/**
	 * Whether the page is one to preview: not an error page or a conflict (any answer but
	 * 200), whose address is no page to share.
	 */
	public boolean shown() {
		HttpServletResponse response = (RequestContextHolder
			.getRequestAttributes() instanceof ServletRequestAttributes attributes) ? attributes.getResponse() : null;
		return response != null && response.getStatus() == HttpStatus.OK.value();
	}

	/**
	 * The record's description when the page has one, else the one of its kind of page
	 * ({@code description.jurisdictions.list} for the view {@code jurisdictions/list}),
	 * else the site's.
	 */
	public @Nullable String description(@Nullable String recordDescription, @Nullable String view) {
		if (recordDescription != null && !recordDescription.isBlank()) {
			return recordDescription;
		}
		Locale locale = LocaleContextHolder.getLocale();
		String general = this.messages.getMessage("description.site", null, locale);
		return (view != null) ? this.messages.getMessage("description." + view.replace('/', '.'), null, general, locale)
				: general;
	}

	/**
	 * The page's address at the public URL with its filters, but without a language
	 * switch: the English and the Spanish page are one page at one address.
	 */
	public String url() {
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam(Languages.PARAMETER)
			.build()
			.toUriString();
	}

	/** The page's language as Open Graph names it: language and territory. */
	public String locale() {
		return "es".equals(LocaleContextHolder.getLocale().getLanguage()) ? "es_ES" : "en_US";
	}

}
