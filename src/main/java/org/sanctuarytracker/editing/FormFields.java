package org.sanctuarytracker.editing;

import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.sanctuarytracker.system.AmountEditors;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the field fragments say about a field besides its label
 * ({@code ${@formFields.required(form, 'stance')}}): whether it must be filled in, read
 * from the form's own constraints so the mark and the rule cannot drift apart, and its
 * one-line hint with an example, if it has one.
 */
@Component("formFields")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FormFields {

	private static final Set<Class<? extends Annotation>> REQUIRED = Set.of(NotNull.class, NotBlank.class,
			NotEmpty.class);

	private final Validator validator;

	private final MessageSource messages;

	/**
	 * Whether the field at this path ({@code stance}, {@code newSource.title},
	 * {@code terms[0].title}) has a constraint that refuses it empty.
	 */
	public boolean required(Object form, String path) {
		if (form == null) {
			return false;
		}
		int dot = path.lastIndexOf('.');
		Object owner = form;
		if (dot >= 0) {
			BeanWrapper bean = PropertyAccessorFactory.forBeanPropertyAccess(form);
			String ownerPath = path.substring(0, dot);
			if (!bean.isReadableProperty(ownerPath)) {
				return false;
			}
			owner = bean.getPropertyValue(ownerPath);
			if (owner == null) {
				return false;
			}
		}
		BeanDescriptor descriptor = this.validator.getConstraintsForClass(owner.getClass());
		PropertyDescriptor property = descriptor.getConstraintsForProperty(path.substring(dot + 1));
		return property != null && property.getConstraintDescriptors()
			.stream()
			.anyMatch((constraint) -> REQUIRED.contains(constraint.getAnnotation().annotationType()));
	}

	/**
	 * The message key of the field's hint, or null:
	 * {@code hint.fundingExposureForm.status} for one form's field, else
	 * {@code hint.status} for the field wherever it is.
	 */
	public String hint(Object form, String path) {
		String field = path.substring(path.lastIndexOf('.') + 1);
		if (form != null) {
			String specific = "hint." + StringUtils.uncapitalize(form.getClass().getSimpleName()) + "." + field;
			if (exists(specific)) {
				return specific;
			}
		}
		String general = "hint." + field;
		return exists(general) ? general : null;
	}

	/**
	 * What an amount field understood of the text just sent for it ("$2,500,000" for "2.5
	 * million"), or null when it shows just what was typed, nothing, or when nothing was
	 * sent (a form opened, not sent back). The text sent is the request's own parameter:
	 * the binding keeps only what it understood.
	 */
	public String understood(Object form, String path) {
		String typed = (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)
				? request.getRequest().getParameter(path) : null;
		String shown = AmountEditors.shown(form, path);
		return (shown != null && typed != null && !typed.isBlank() && !shown.equals(typed.strip())) ? shown : null;
	}

	/**
	 * Whether any of these fields is among the keys (the fields of a 409's conflicts), so
	 * a folded section holding one of them opens.
	 */
	public boolean anyOf(Map<String, ?> conflicts, Collection<String> fields) {
		return conflicts != null && fields.stream().anyMatch(conflicts::containsKey);
	}

	private boolean exists(String key) {
		return this.messages.getMessage(key, null, null, LocaleContextHolder.getLocale()) != null;
	}

}
