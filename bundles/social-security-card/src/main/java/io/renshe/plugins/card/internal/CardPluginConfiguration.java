package io.renshe.plugins.card.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

@ObjectClassDefinition(
        name = "Renshe plug-in 社会保障卡",
        description = "The settings of the social security card plug-in that its document leaves open.")
@interface CardPluginConfiguration {

    @AttributeDefinition(name = "Pension account changed on the 16th or later takes effect",
            description = "The document says that a change of the pension account chosen on the 1st to the 15th of a "
                    + "month takes effect for the next month's payment; it says nothing of the 16th onwards. Not set: "
                    + "the answer says that the setting is missing and the office decides.",
            required = false,
            options = {@Option(label = "next month (as for the 1st–15th)", value = PensionAccountRule.NEXT_MONTH),
                @Option(label = "the month after next", value = PensionAccountRule.MONTH_AFTER_NEXT)})
    String pension_account_after15_effective();
}
