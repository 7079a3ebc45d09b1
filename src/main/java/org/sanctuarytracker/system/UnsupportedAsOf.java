package org.sanctuarytracker.system;

import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses {@code as_of} (400, with where to find past data) on every page and endpoint
 * that does not read it, so nobody takes today's data for a snapshot. The exports and the
 * API read it; a handler that takes a {@code @RequestParam("as_of")} or an {@link AsOf}
 * snapshot, or binds a record with a {@code @BindParam("as_of")} component, supports it.
 */
@Configuration(proxyBeanMethods = false)
class UnsupportedAsOf implements WebMvcConfigurer, HandlerInterceptor {

	private final Map<HandlerMethod, Boolean> supported = new ConcurrentHashMap<>();

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		// Not on the error page a failure is forwarded to with the failed request's
		// parameters: it would answer a page that takes as_of with a 400 about as_of.
		if (request.getDispatcherType() != DispatcherType.ERROR && request.getParameter(AsOf.PARAMETER) != null
				&& handler instanceof HandlerMethod method
				&& !this.supported.computeIfAbsent(method, UnsupportedAsOf::readsAsOf)) {
			throw new BadRequestException("export.moment.unsupported", request.getRequestURI());
		}
		return true;
	}

	private static boolean readsAsOf(HandlerMethod method) {
		for (MethodParameter parameter : method.getMethodParameters()) {
			if (parameter.hasParameterAnnotation(AsOf.class)) {
				return true;
			}
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null && (AsOf.PARAMETER.equals(param.name()) || AsOf.PARAMETER.equals(param.value()))) {
				return true;
			}
			if (bindsAsOf(parameter.getParameterType())) {
				return true;
			}
		}
		return false;
	}

	// A record bound from the request (@ModelAttribute) with a component that takes
	// as_of: @BindParam("as_of") lands on its canonical constructor's parameter.
	private static boolean bindsAsOf(Class<?> type) {
		if (!type.isRecord()) {
			return false;
		}
		Class<?>[] components = Arrays.stream(type.getRecordComponents())
			.map(RecordComponent::getType)
			.toArray(Class<?>[]::new);
		try {
			for (Parameter parameter : type.getDeclaredConstructor(components).getParameters()) {
				BindParam bind = parameter.getAnnotation(BindParam.class);
				if (bind != null && AsOf.PARAMETER.equals(bind.value())) {
					return true;
				}
			}
		}
		catch (NoSuchMethodException ex) {
			return false;
		}
		return false;
	}

}
