package io.chromeless.options;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.beans.Introspector;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.Validation;
import org.junit.jupiter.api.Test;

/**
 * Keeps the Flex Template's parameters (pipelines/dataflow/metadata.json) in step with the job's
 * options: every option of ArticlesOptions (and of its mixins in this code base) is a parameter,
 * required exactly when the option is, and nothing else is.
 */
class FlexTemplateMetadataTest {
  static final Path METADATA = Paths.get("pipelines", "dataflow", "metadata.json");

  /** The job's own options (not Beam's or a runner's), name -> required. */
  static Map<String, Boolean> jobOptions(Class<?> options) {
    Map<String, Boolean> out = new TreeMap<>();
    for (Method m : options.getMethods()) {
      String name = m.getName();
      boolean getter = m.getParameterCount() == 0 && (name.startsWith("get") || name.startsWith("is"));
      if (getter && m.getDeclaringClass().getName().startsWith("io.chromeless.")) {
        String property = Introspector.decapitalize(name.substring(name.startsWith("get") ? 3 : 2));
        out.put(property, m.isAnnotationPresent(Validation.Required.class));
      }
    }
    return out;
  }

  /** Parameters of the template, name -> required. */
  static Map<String, Boolean> templateParameters(Path metadata) throws Exception {
    Map<String, Boolean> out = new TreeMap<>();
    for (JsonNode p : new ObjectMapper().readTree(metadata.toFile()).get("parameters")) {
      out.put(p.get("name").asText(), !p.path("isOptional").asBoolean(false));
    }
    return out;
  }

  /** Every mismatch between options and parameters, empty when in step. */
  static List<String> mismatches(Class<?> options, Path metadata) throws Exception {
    Map<String, Boolean> opts = jobOptions(options);
    Map<String, Boolean> params = templateParameters(metadata);
    List<String> problems = new ArrayList<>();
    opts.forEach((name, required) -> {
      if (!params.containsKey(name)) {
        problems.add("option --" + name + " has no parameter in " + metadata);
      } else if (!params.get(name).equals(required)) {
        problems.add("--" + name + ": required " + required + " in the options, " + params.get(name)
            + " in the template");
      }
    });
    params.keySet().stream()
        .filter(n -> !opts.containsKey(n))
        .forEach(n -> problems.add("template parameter " + n + " is not an option of " + options.getSimpleName()));
    return problems;
  }

  @Test
  void metadata_listsEveryOptionOfTheJob() throws Exception {
    assertThat(mismatches(ArticlesOptions.class, METADATA)).isEmpty();
  }

  @Test
  void metadata_everyParameterHasLabelAndHelpText() throws Exception {
    for (JsonNode p : new ObjectMapper().readTree(METADATA.toFile()).get("parameters")) {
      assertThat(p.path("label").asText()).as(p.toString()).isNotBlank();
      assertThat(p.path("helpText").asText()).as(p.toString()).isNotBlank();
    }
  }

  /** An option added without a template parameter. */
  interface WithNewOption extends ArticlesOptions {
    @Description("An option someone just added.")
    String getNewOption();

    void setNewOption(String value);
  }

  @Test
  void optionWithoutParameter_isReported() throws Exception {
    assertThat(mismatches(WithNewOption.class, METADATA))
        .containsExactly("option --newOption has no parameter in " + METADATA);
  }
}
