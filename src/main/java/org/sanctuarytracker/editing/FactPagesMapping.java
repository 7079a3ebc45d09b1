package org.sanctuarytracker.editing;

import java.lang.reflect.Method;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Maps each fact editor's inherited handlers ({@link FactEditor}) under its own segment:
 * {@code /{facts}/{id}/edit} becomes {@code /policies/{id}/edit} for the editor marked
 * {@code @FactPages("policies")}. Spring MVC maps a base class's handlers under one
 * prefix per controller (its {@code @RequestMapping}), which cannot hold both
 * {@code /policies/{id}/edit} and {@code /jurisdictions/{slug}/policies/new}; this is
 * Spring Boot's hook for the handler mapping ({@link WebMvcRegistrations}), and every
 * other mapping is left as Spring makes it.
 */
@Configuration(proxyBeanMethods = false)
class FactPagesMapping {

	static final String SEGMENT = "{facts}";

	@Bean
	WebMvcRegistrations factPagesRegistrations() {
		return new WebMvcRegistrations() {

			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new Mapping();
			}

		};
	}

	private static final class Mapping extends RequestMappingHandlerMapping {

		@Override
		protected RequestMappingInfo getMappingForMethod(Method method, Class<?> handlerType) {
			RequestMappingInfo info = super.getMappingForMethod(method, handlerType);
			FactPages pages = AnnotatedElementUtils.findMergedAnnotation(handlerType, FactPages.class);
			if (info == null || pages == null
					|| info.getPatternValues().stream().noneMatch((pattern) -> pattern.contains(SEGMENT))) {
				return info;
			}
			String[] paths = info.getPatternValues()
				.stream()
				.map((pattern) -> pattern.replace(SEGMENT, pages.value()))
				.toArray(String[]::new);
			return info.mutate().paths(paths).build();
		}

	}

}
