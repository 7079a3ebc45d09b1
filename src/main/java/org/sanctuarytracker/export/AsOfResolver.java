package org.sanctuarytracker.export;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.system.AsOf;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives a page handler's {@link AsOf} snapshot parameter: null without {@code as_of}
 * (today's page), else the snapshot it names, the page set up by {@link PastPages}. An
 * {@code as_of} that names no moment is a 400 before the handler runs.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AsOfResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	private final PastPages past;

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.hasParameterAnnotation(AsOf.class) && parameter.getParameterType() == Snapshot.class;
	}

	@Override
	public Snapshot resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest request, WebDataBinderFactory binders) {
		String asOf = request.getParameter(AsOf.PARAMETER);
		PointInTime moment = PointInTime.parameter(AsOf.PARAMETER, asOf);
		if (moment == null) {
			return null;
		}
		return this.past.show(moment, asOf, container.getModel(), request.getNativeRequest(HttpServletRequest.class),
				request.getNativeResponse(HttpServletResponse.class));
	}

}
