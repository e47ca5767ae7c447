// Reads a TBX file with OmegaT's own glossary reader and prints one line per entry:
// source term, TAB, target terms joined by "|", TAB, OmegaT's comment (newlines as \n).
// Usage: java ReadTbx FILE PROJECT_DIR SOURCE_LANG TARGET_LANG
// OmegaT asks the current project for its languages, so a stand-in project is set.
import java.io.File;
import java.util.List;
import org.omegat.core.Core;
import org.omegat.core.data.NotLoadedProject;
import org.omegat.core.data.ProjectProperties;
import org.omegat.gui.glossary.GlossaryEntry;
import org.omegat.gui.glossary.GlossaryReaderTBX;

public class ReadTbx {
    public static void main(String[] args) throws Exception {
        final ProjectProperties props = new ProjectProperties(new File(args[1]));
        props.setSourceLanguage(args[2]);
        props.setTargetLanguage(args[3]);
        Core.setProject(new NotLoadedProject() {
            @Override
            public ProjectProperties getProjectProperties() {
                return props;
            }
        });
        List<GlossaryEntry> entries = GlossaryReaderTBX.read(new File(args[0]), false);
        for (GlossaryEntry entry : entries) {
            System.out.println(entry.getSrcText() + "\t" + String.join("|", entry.getLocTerms(false))
                    + "\t" + entry.getCommentText().replace("\n", "\\n"));
        }
    }
}
