package dev.storysmith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class StorysmithApplication {

	public static void main(String[] args) {
		SpringApplication.run(StorysmithApplication.class, args);
	}

}
