import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs the EMF generator headless over every bundles/<bundle>/model/*.genmodel.
 * Each bundle folder is mapped as platform:/resource/<bundle>, so genmodels and
 * cross-bundle .ecore references resolve as they would in an Eclipse workspace.
 */
public class GenerateModel {
    public static void main(String[] args) {
        File bundles = new File(args[0]).getAbsoluteFile();
        File[] folders = bundles.listFiles(File::isDirectory);
        List<File> genModels = new ArrayList<>();
        for (File folder : folders) {
            EcorePlugin.getPlatformResourceMap().put(folder.getName(), URI.createFileURI(folder.getPath() + "/"));
            File[] models = new File(folder, "model").listFiles((d, n) -> n.endsWith(".genmodel"));
            if (models != null) {
                genModels.addAll(List.of(models));
            }
        }
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory.Descriptor.Registry.INSTANCE
                .addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);

        ResourceSet resourceSet = new ResourceSetImpl();
        for (File file : genModels) {
            String bundle = file.getParentFile().getParentFile().getName();
            URI uri = URI.createPlatformResourceURI(bundle + "/model/" + file.getName(), true);
            GenModel genModel = (GenModel) resourceSet.getResource(uri, true).getContents().get(0);
            genModel.reconcile();
            genModel.setCanGenerate(true);
            Diagnostic diagnostic = genModel.diagnose();
            if (diagnostic.getSeverity() == Diagnostic.ERROR) {
                throw new IllegalStateException("Invalid genmodel " + file + ": " + diagnostic);
            }
            Generator generator = new Generator();
            generator.setInput(genModel);
            Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                    new BasicMonitor.Printing(System.out));
            if (result.getSeverity() == Diagnostic.ERROR) {
                throw new IllegalStateException("Generation failed for " + file + ": " + result);
            }
            System.out.println("Generated " + file);
        }
    }
}
