package dev.storysmith.story.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders the one-pager as a PDF with OpenHTMLtoPDF from the same sheet the print page shows
 * ({@code export/one-pager-sheet}), its style sheet inlined, on one A4 page.
 */
@Component
class OnePagerPdf {

	static final String SHEET_VIEW = "export/one-pager-sheet";

	private final ITemplateEngine templates;

	private final String css;

	OnePagerPdf(ITemplateEngine templates) {
		this.templates = templates;
		try (InputStream in = new ClassPathResource("static/css/one-pager.css").getInputStream()) {
			this.css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The one-pager style sheet is missing", ex);
		}
	}

	byte[] render(OnePager onePager, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("onePager", onePager);
		context.setVariable("css", css);
		String xhtml = templates.process(SHEET_VIEW, context);
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			new PdfRendererBuilder().useFastMode().withHtmlContent(xhtml, null).toStream(pdf).run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not render the one-pager as PDF", ex);
		}
		return pdf.toByteArray();
	}

}
