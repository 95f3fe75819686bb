package org.opsbench.releng.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real restart in another language, as an office does it: the built product is started in
 * English on a new workspace with the sample data, logged into from the keyboard and left by
 * File > Exit; started again in Chinese on the same workspace, its window title and every view tab
 * read Chinese, although the saved layout was written in English.
 */
class LanguageSwitchTest {

    @TempDir
    Path temp;

    @Test
    void aWorkbenchLeftInEnglishComesBackAllInChineseAfterTheSwitch() throws Exception {
        String display = VirtualDisplay.get();
        Product product = Product.freshCopy(temp.resolve("install"));
        Path workspace = temp.resolve("workspace");

        String english = product.session(workspace, display, "Log in to OpsBench", screenshot("language-en.png"), "-nl", "en",
                "--sample-data");
        assertTrue(english.contains("OpsBench workbench ready: OpsBench - Administrator - embedded Derby at "), english);
        assertTrue(english.contains("| views: Service Network, Customers, Properties, Progress"), english);

        String chinese = product.session(workspace, display, "登录 OpsBench", screenshot("language-zh_CN.png"), "-nl", "zh_CN");
        assertTrue(chinese.contains("OpsBench workbench ready: OpsBench - Administrator - 嵌入式 Derby（"), chinese);
        assertTrue(chinese.contains("| views: 服务网络, 客户, 属性, 进度"), chinese);
    }

    private static Path screenshot(String name) {
        return Path.of(System.getProperty("opsbench.screenshots.dir"), name);
    }
}
