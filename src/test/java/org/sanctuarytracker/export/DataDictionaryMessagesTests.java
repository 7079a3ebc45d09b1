package org.sanctuarytracker.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data dictionary the export page shows, in the reader's language: every table's
 * title and description and every column's meaning has a message in English, the column
 * model's own words (which datapackage.json and the spreadsheets carry, so the page and
 * the files say the same), and a translation in Spanish.
 */
class DataDictionaryMessagesTests {

	@Test
	void shouldDescribeEveryTableAndColumnInTheColumnModelsWordsAndInSpanish() throws IOException {
		Properties english = messages("messages.properties");
		Properties spanish = messages("messages_es.properties");
		for (ExportTable table : ExportTables.ALL) {
			String key = "dictionary." + table.name();
			assertThat(english.getProperty(key)).as(key).isEqualTo(table.title());
			assertThat(english.getProperty(key + ".about")).as(key + ".about").isEqualTo(table.description());
			assertTranslated(spanish, english, key);
			assertTranslated(spanish, english, key + ".about");
			for (Column column : table.columns()) {
				String columnKey = key + ".column." + column.name();
				assertThat(english.getProperty(columnKey)).as(columnKey).isEqualTo(column.description());
				assertTranslated(spanish, english, columnKey);
			}
		}
	}

	private static void assertTranslated(Properties spanish, Properties english, String key) {
		assertThat(spanish.getProperty(key)).as(key).isNotBlank().isNotEqualTo(english.getProperty(key));
	}

	private static Properties messages(String bundle) throws IOException {
		return PropertiesLoaderUtils
			.loadProperties(new EncodedResource(new ClassPathResource(bundle), StandardCharsets.UTF_8));
	}

}
