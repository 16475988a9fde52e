// Calling the gongwen service from Java with nothing but the JDK (11+; text blocks need 15+):
//   java RenderReport.java [service URL] [output folder]
// e.g. `gongwen serve` in one terminal, then `java RenderReport.java http://127.0.0.1:8080 out`.
// It renders a report to DOCX (saved under the UTF-8 file name the service sends), validates a
// report with a mistake (the service answers 422 with each problem at its line and column), and
// imports pasted portal text (the report comes back as JSON and YAML, with the importer's warnings).
// The organisation and every figure are invented.

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class RenderReport {
    static final String REPORT = """
        {
          "meta": { "org": "鹤川县水利局", "year": 2023, "kind": "summary", "date": "2024-01-15" },
          "body": {
            "opening": "2023年，县水利局围绕防汛保安和农村供水两件大事，各项工作有序推进。",
            "sections": [
              {
                "title": "防汛保安有力有效",
                "content": [
                  { "lead": "完善预警体系。", "text": "新建雨量站18处，预警信息覆盖全县96个行政村。" },
                  { "lead": "加固病险水库。", "text": "完成小型水库除险加固7座，投入资金2350万元。" }
                ]
              }
            ]
          }
        }
        """;

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        Path out = Path.of(args.length > 1 ? args[1] : ".");
        Files.createDirectories(out);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        // 1. Render to DOCX; the file is named after the report's title (Content-Disposition filename*).
        HttpResponse<byte[]> docx = client.send(
            post(base + "/v1/render?format=docx", "application/json", REPORT), HttpResponse.BodyHandlers.ofByteArray());
        check(docx.statusCode() == 200, "render: HTTP " + docx.statusCode());
        String name = fileName(docx.headers().firstValue("Content-Disposition").orElse(""));
        Files.write(out.resolve(name), docx.body());
        System.out.println("render: 200, wrote " + out.resolve(name) + " (" + docx.body().length + " bytes)");

        // 2. Validate a report whose year is written in Chinese numerals: 422, problem+json, each problem located.
        String bad = REPORT.replace("\"year\": 2023", "\"year\": \"二〇二三\"");
        HttpResponse<String> validate = client.send(
            post(base + "/v1/validate", "application/json", bad), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        check(validate.statusCode() == 422, "validate: HTTP " + validate.statusCode());
        System.out.println("validate: " + validate.statusCode() + " " + validate.headers().firstValue("Content-Type").orElse(""));
        Matcher problem = Pattern.compile("\"message\":\"([^\"]*)\".*?\"line\":(\\d+),\"column\":(\\d+)").matcher(validate.body());
        while (problem.find()) {
            System.out.println("  line " + problem.group(2) + ", column " + problem.group(3) + ": " + problem.group(1));
        }

        // 3. Import text pasted from a portal page: the report as JSON and as YAML, with warnings.
        String pasted = "鹤川县水利局2023年工作总结\n\n一、防汛保安有力有效\n全年新建雨量站18处。\n\n鹤川县水利局\n2024年1月15日\n";
        HttpResponse<String> imported = client.send(
            post(base + "/v1/import", "text/plain; charset=utf-8", pasted), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        check(imported.statusCode() == 200, "import: HTTP " + imported.statusCode());
        Matcher yaml = Pattern.compile("\"yaml\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(imported.body());
        check(yaml.find(), "import: no yaml in the answer");
        String yamlText = yaml.group(1).replace("\\n", "\n").replace("\\\"", "\"");
        Files.writeString(out.resolve("imported.yaml"), yamlText, StandardCharsets.UTF_8);
        System.out.println("import: 200, wrote " + out.resolve("imported.yaml"));
    }

    static HttpRequest post(String url, String type, String body) {
        return HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    }

    /** The UTF-8 file name of `filename*=UTF-8''…` (RFC 6266), else `filename="…"`, else report.docx. */
    static String fileName(String disposition) {
        Matcher star = Pattern.compile("filename\\*=UTF-8''([^;]+)").matcher(disposition);
        if (star.find()) return URLDecoder.decode(star.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
        Matcher plain = Pattern.compile("filename=\"([^\"]+)\"").matcher(disposition);
        return plain.find() ? plain.group(1) : "report.docx";
    }

    static void check(boolean ok, String message) {
        if (!ok) {
            System.err.println(message);
            System.exit(1);
        }
    }
}
