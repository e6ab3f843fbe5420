package dev.tandem;

import java.time.Clock;
import java.util.Arrays;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class TandemApplication {

	public static void main(String[] args) {
		SpringApplication.run(TandemApplication.class, withDemoFlag(args));
	}

	/**
	 * {@code --demo} is the short form of {@code --tandem.demo=true}, so the README
	 * command stays short.
	 */
	static String[] withDemoFlag(String[] args) {
		return Arrays.stream(args)
			.flatMap(arg -> arg.equals("--demo") ? Stream.of("--tandem.demo=true") : Stream.of(arg))
			.toArray(String[]::new);
	}

	/** One clock for the whole application, so tests can fix time. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
