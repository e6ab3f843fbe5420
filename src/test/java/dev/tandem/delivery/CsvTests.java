package dev.tandem.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTests {

	@Test
	void readsQuotedFieldsWithCommasLineBreaksAndDoubledQuotes() {
		var records = Csv.parse("a,b,c\r\n\"one, two\",\"line 1\r\nline 2\",\"say \"\"hi\"\"\"\r\n");

		assertThat(records).containsExactly(List.of("a", "b", "c"),
				List.of("one, two", "line 1\r\nline 2", "say \"hi\""));
	}

	@Test
	void dropsTheByteOrderMarkAndAcceptsBareLineFeedsAndNoFinalNewline() {
		var records = Csv.parse("\uFEFFIssue key,Summary\nSHOP-1,Café — ünïcode");

		assertThat(records).containsExactly(List.of("Issue key", "Summary"), List.of("SHOP-1", "Café — ünïcode"));
	}

	@Test
	void keepsEmptyFieldsAndSkipsBlankLines() {
		var records = Csv.parse("a,,c,\n\n\"\",x,,\n");

		assertThat(records).containsExactly(List.of("a", "", "c", ""), List.of("", "x", "", ""));
	}

	@Test
	void refusesAQuotedFieldThatNeverEnds() {
		assertThatThrownBy(() -> Csv.parse("a,\"never closed\nb")).isInstanceOf(Csv.MalformedCsvException.class);
	}

}
