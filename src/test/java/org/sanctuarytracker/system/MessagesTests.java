package org.sanctuarytracker.system;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanctuarytracker.funding.FundingStatus;
import org.sanctuarytracker.indicator.Metric;
import org.sanctuarytracker.indicator.ValueQualifier;
import org.sanctuarytracker.jurisdiction.JurisdictionKind;
import org.sanctuarytracker.jurisdiction.JurisdictionStatus;
import org.sanctuarytracker.policy.PolicyInstrument;
import org.sanctuarytracker.policy.PolicyStatus;
import org.sanctuarytracker.policy.Provision;
import org.sanctuarytracker.statement.Stance;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible word comes from the message bundle: no template carries hard-coded text,
 * and every key a template or an enum label needs exists, in English and in Spanish
 * alike.
 */
class MessagesTests {

	private static final String ENGLISH = "messages.properties";

	private static final String SPANISH = "messages_es.properties";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{[0-9]+[,}]");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9.]+)[}(]");

	// Text between tags, and the tag it follows.
	private static final Pattern TEXT_AFTER_TAG = Pattern.compile("(<[^<>]*>)([^<>]+)(?=<)");

	private static final Pattern PUNCTUATION_ONLY = Pattern.compile("[\\s·:,.()\\[\\]|]*");

	@ParameterizedTest
	@ValueSource(strings = { ENGLISH, SPANISH })
	void shouldDefineEveryKeyTheTemplatesUse(String bundle) throws IOException {
		Properties messages = messages(bundle);
		List<String> missing = new ArrayList<>();
		for (Resource template : templates()) {
			Matcher key = MESSAGE_KEY.matcher(template.getContentAsString(StandardCharsets.UTF_8));
			while (key.find()) {
				if (!messages.containsKey(key.group(1))) {
					missing.add(template.getFilename() + ": " + key.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { ENGLISH, SPANISH })
	void shouldLabelEveryEnumeratedValue(String bundle) throws IOException {
		Properties messages = messages(bundle);
		assertLabelled(messages, "kind.", JurisdictionKind.values());
		assertLabelled(messages, "status.", JurisdictionStatus.values());
		assertLabelled(messages, "instrument.", PolicyInstrument.values());
		assertLabelled(messages, "policyStatus.", PolicyStatus.values());
		assertLabelled(messages, "provision.", Provision.values());
		assertLabelled(messages, "stance.", Stance.values());
		assertLabelled(messages, "fundingStatus.", FundingStatus.values());
		assertLabelled(messages, "metric.", Metric.values());
		assertLabelled(messages, "qualifier.", ValueQualifier.values());
		assertLabelled(messages, "qualifierLabel.", ValueQualifier.values());
		assertLabelled(messages, "role.", org.sanctuarytracker.account.Role.values());
		assertLabelled(messages, "recordType.", org.sanctuarytracker.history.RecordType.values());
	}

	@Test
	void shouldKeepHardCodedTextOutOfTemplates() throws IOException {
		List<String> hardCoded = new ArrayList<>();
		for (Resource template : templates()) {
			String html = template.getContentAsString(StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->", "");
			Matcher text = TEXT_AFTER_TAG.matcher(html);
			while (text.find()) {
				String tag = text.group(1);
				boolean replaced = tag.contains("th:text") || tag.contains("th:utext") || tag.contains("th:replace")
						|| tag.contains("th:errors");
				if (!replaced && !tag.startsWith("</") && !PUNCTUATION_ONLY.matcher(text.group(2)).matches()) {
					hardCoded.add(template.getFilename() + ": " + text.group(2).trim());
				}
				if (tag.startsWith("</") && !PUNCTUATION_ONLY.matcher(text.group(2)).matches()) {
					hardCoded.add(template.getFilename() + ": " + text.group(2).trim());
				}
			}
		}
		assertThat(hardCoded).isEmpty();
	}

	@Test
	void shouldHaveTheSameKeysInBothLanguages() throws IOException {
		Set<String> english = keys(messages(ENGLISH));
		Set<String> spanish = keys(messages(SPANISH));
		Set<String> missingInSpanish = new TreeSet<>(english);
		missingInSpanish.removeAll(spanish);
		Set<String> missingInEnglish = new TreeSet<>(spanish);
		missingInEnglish.removeAll(english);
		assertThat(missingInSpanish).as("keys missing in " + SPANISH).isEmpty();
		assertThat(missingInEnglish).as("keys missing in " + ENGLISH).isEmpty();
	}

	@Test
	void shouldKeepEveryPlaceholderInTheTranslation() throws IOException {
		Properties english = messages(ENGLISH);
		Properties spanish = messages(SPANISH);
		List<String> different = new ArrayList<>();
		for (String key : keys(english)) {
			if (spanish.containsKey(key)
					&& !placeholders(english.getProperty(key)).equals(placeholders(spanish.getProperty(key)))) {
				different.add(key + ": " + spanish.getProperty(key));
			}
		}
		assertThat(different).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { ENGLISH, SPANISH })
	void shouldBeWrittenInUtf8(String bundle) throws IOException {
		byte[] bytes = new ClassPathResource(bundle).getContentAsByteArray();
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
		}
		catch (CharacterCodingException ex) {
			throw new AssertionError(bundle + " is not UTF-8 (spring.messages.encoding)", ex);
		}
	}

	@Test
	void shouldTranslateTheWordsReadersSeeMost() throws IOException {
		Properties spanish = messages(SPANISH);
		assertThat(spanish.getProperty("nav.home")).isEqualTo("Inicio");
		assertThat(spanish.getProperty("status.SANCTUARY")).isEqualTo("Santuario");
		assertThat(spanish.getProperty("status.UNASSESSED")).isEqualTo("Sin evaluar");
	}

	private static Set<String> keys(Properties messages) {
		return new TreeSet<>(messages.stringPropertyNames());
	}

	private static Set<String> placeholders(String message) {
		Set<String> found = new TreeSet<>();
		Matcher placeholder = PLACEHOLDER.matcher(message);
		while (placeholder.find()) {
			found.add(placeholder.group());
		}
		return found;
	}

	private static void assertLabelled(Properties messages, String prefix, Enum<?>[] values) {
		for (Enum<?> value : values) {
			assertThat(messages).as(prefix + value.name()).containsKey(prefix + value.name());
		}
	}

	// Read as Spring Boot reads them (spring.messages.encoding, UTF-8 by default).
	private static Properties messages(String bundle) throws IOException {
		return PropertiesLoaderUtils
			.loadProperties(new EncodedResource(new ClassPathResource(bundle), StandardCharsets.UTF_8));
	}

	private static Resource[] templates() throws IOException {
		return new PathMatchingResourcePatternResolver().getResources("classpath:templates/**/*.html");
	}

}
