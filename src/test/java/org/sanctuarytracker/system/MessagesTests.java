package org.sanctuarytracker.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
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
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible word comes from the message bundle: no template carries hard-coded text,
 * and every key a template or an enum label needs exists.
 */
class MessagesTests {

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9.]+)[}(]");

	// Text between tags, and the tag it follows.
	private static final Pattern TEXT_AFTER_TAG = Pattern.compile("(<[^<>]*>)([^<>]+)(?=<)");

	private static final Pattern PUNCTUATION_ONLY = Pattern.compile("[\\s·:,.()\\[\\]|]*");

	@Test
	void shouldDefineEveryKeyTheTemplatesUse() throws IOException {
		Properties messages = messages();
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

	@Test
	void shouldLabelEveryEnumeratedValue() throws IOException {
		Properties messages = messages();
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

	private static void assertLabelled(Properties messages, String prefix, Enum<?>[] values) {
		for (Enum<?> value : values) {
			assertThat(messages).as(prefix + value.name()).containsKey(prefix + value.name());
		}
	}

	private static Properties messages() throws IOException {
		return PropertiesLoaderUtils.loadProperties(new ClassPathResource("messages.properties"));
	}

	private static Resource[] templates() throws IOException {
		return new PathMatchingResourcePatternResolver().getResources("classpath:templates/**/*.html");
	}

}
