package org.sanctuarytracker.reading;

import jakarta.persistence.EntityManagerFactory;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.system.AsOf;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.support.OpenEntityManagerInViewInterceptor;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Keeps the persistence context open while a profile "as of" a past moment is rendered.
 * Its records come from the history (Envers), whose relations (a statement's speaker and
 * source, a policy's provisions) are read from the audit tables at that revision when the
 * page touches them; the app otherwise closes the context when the service returns
 * ({@code spring.jpa.open-in-view=false}), so only these pages keep it open. What they
 * read is fixed by the revision, whatever commits meanwhile.
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PastProfileReads implements WebMvcConfigurer {

	private final EntityManagerFactory entityManagerFactory;

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		OpenEntityManagerInViewInterceptor open = new OpenWhenPast();
		open.setEntityManagerFactory(this.entityManagerFactory);
		registry.addWebRequestInterceptor(open).addPathPatterns("/jurisdictions/*");
	}

	/** Opens the context only for a request that asks for a past moment. */
	private static final class OpenWhenPast extends OpenEntityManagerInViewInterceptor {

		@Override
		public void preHandle(WebRequest request) {
			if (isPast(request)) {
				super.preHandle(request);
			}
		}

		@Override
		public void afterCompletion(WebRequest request, Exception ex) {
			if (isPast(request)) {
				super.afterCompletion(request, ex);
			}
		}

		private static boolean isPast(WebRequest request) {
			String asOf = request.getParameter(AsOf.PARAMETER);
			return asOf != null && !asOf.isBlank();
		}

	}

}
