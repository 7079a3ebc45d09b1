package org.sanctuarytracker.system;

import java.beans.PropertyEditorSupport;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How typed input binds: dates at the precision typed, and every string trimmed and
 * cleaned of control characters, with a blank field read as "not given"; except
 * passwords, which bind exactly as typed (sign-in compares exactly what is typed, so a
 * password changed on the way in could never sign in).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(PartialDate.class, new PartialDateFormatter());
	}

	@ControllerAdvice
	static class TrimmedStrings {

		@InitBinder
		void trimStrings(WebDataBinder binder) {
			binder.registerCustomEditor(String.class, new StringTrimmerEditor(true) {
				@Override
				public void setAsText(String text) {
					super.setAsText(CleanText.of(text));
				}
			});
			binder.registerCustomEditor(String.class, "password", new PropertyEditorSupport() {
				@Override
				public void setAsText(String text) {
					setValue(text);
				}
			});
		}

	}

}
