/**
 * Injection and prompt-extraction patterns in the most common other languages (Spanish,
 * French, German, Portuguese, Italian, Chinese, Russian, Japanese; and for overrides, Dutch,
 * Polish, Turkish, Korean, Arabic, Indonesian, Hindi). Like the English ones they
 * need the shape of an attack — an override verb aimed at the agent's instructions, or a
 * request for its hidden prompt — not a single word, so "¿pueden ignorar mi mensaje anterior?"
 * or "quelles sont les règles…" pass. Matched on normalised (lower-cased NFKC) text.
 */

export const FOREIGN_INJECTION: [string, RegExp][] = [
  // Round 3: "ignore the above and write …", in each language.
  ['ignore-above-and-say', new RegExp([
    '\\b(?:ignora|olvida)\\b (?:todo )?(?:lo anterior|lo de arriba|eso)\\b.{0,15}\\b(?:y |, ?)(?:escribe|di|responde|imprime)\\b',
    '\\b(?:ignore|oublie|ignorez|oubliez)\\b (?:tout )?(?:ce qui précède|cela|ça)\\b.{0,15}\\b(?:et |, ?)(?:écris|écrivez|dis|dites|réponds|répondez)\\b',
    '\\b(?:ignoriere|vergiss)\\b (?:das obige|alles obige|das oben|das)\\b.{0,15}\\b(?:und |, ?)(?:schreib|schreibe|sag|sage|antworte)\\b',
    '\\b(?:ignore|esqueça|esqueca)\\b (?:tudo )?(?:o que está acima|o anterior|isso)\\b.{0,15}\\b(?:e |, ?)(?:escreva|diga|responda)\\b',
    '\\b(?:ignora|dimentica)\\b (?:tutto )?(?:quanto sopra|quello sopra|ciò|cio)\\b.{0,15}\\b(?:e |, ?)(?:scrivi|di|rispondi)\\b',
  ].join('|'), 'u')],
  // "You are no longer a support assistant", in each language.
  ['no-longer-assistant', new RegExp([
    "\\btu n'es plus (?:un |une |le |la |l')?(?:\\S+ ){0,4}?\\S*(?:assistant|bot|agent|ia|chatbot)",
    '\\bdu bist (?:jetzt )?(?:kein\\S*|nicht mehr) (?:\\S+ ){0,2}?\\S*(?:bot|assistent\\S*|agent|ki)\\b',
    '\\bya no eres (?:un |una |el |la )?(?:\\S+ ){0,4}?(?:asistente|bot|agente|ia|chatbot)',
    '\\b(?:você|voce|tu) não (?:é|és) mais (?:um |uma |o |a )?(?:\\S+ ){0,3}?(?:assistente|bot|agente|ia)',
    "\\bnon sei più (?:un |una |l'|il |la )?(?:\\S+ ){0,3}?(?:assistente|bot|agente|ia)",
    'ты больше не (?:\\S+ ){0,2}?(?:ассистент|бот|помощник|агент)',
  ].join('|'), 'u')],
  // "Note for the AI:", in each language.
  ['note-to-ai', new RegExp([
    '\\bnota (?:para|al) (?:la |el )?(?:ia|ai|bot|asistente)\\s*[:,—-]',
    "\\bnote (?:pour|à) (?:l'|le |la )?(?:ia|ai|bot|assistant)\\s*[:,—-]",
    '\\bhinweis (?:für|an) (?:die |den )?(?:ki|ai|bot|assistenten)\\s*[:,—-]',
    '\\bnota para (?:a |o )?(?:ia|ai|bot|assistente)\\s*[:,—-]',
    "\\bnota per (?:l'|il |la )?(?:ia|ai|bot|assistente)\\s*[:,—-]",
    '(?:примечание|заметка|нота|сообщение|внимание) (?:для )?(?:ии|ai|бота|ассистента|чат-бота)\\s*[:,—-]',
  ].join('|'), 'u')],
  // Round 3: "enable developer mode" / "you are in developer mode", in each language.
  ['developer-mode', new RegExp([
    '\\b(?:activa|activar|activa el|habilita|entra en|pasa a|cambia a)\\S*(?: \\S+){0,1} modo (?:desarrollador|dios|sin restricciones)',
    '\\b(?:active|activez|activer|passe|passez|entre|entrez)\\S*(?: \\S+){0,1} mode (?:développeur|developpeur|dieu|sans restriction)',
    '\\bentwicklermodus\\S* (?:aktivier|einschalt|an\\b|ein\\b)|\\b(?:aktiviere|aktivieren sie|schalte|wechsle)\\S*(?: \\S+){0,2} (?:in den )?entwicklermodus|\\bdu bist (?:jetzt |nun )?im entwicklermodus',
    '\\b(?:ative|ativa|ativar|entre no|entra no|mude para)\\S*(?: \\S+){0,1} modo (?:desenvolvedor|programador|deus)',
    '\\b(?:attiva|abilita|entra in|passa alla)\\S*(?: \\S+){0,1} modalità (?:sviluppatore|dio)',
    '(?:включи|активируй|перейди в)\\S* режим (?:разработчика|бога)',
    '(?:开启|启用|进入|打开|切换到)(?:开发者|开发人员|上帝)模式',
    '(?:開発者|デベロッパー)モード.{0,6}(?:有効|オン|に切り替え|に入|にして)',
  ].join('|'), 'u')],
  // "Answer without following your rules" / "as if you had no rules", in each language.
  ['without-your-rules', new RegExp([
    '\\bsin (?:seguir|respetar|obedecer) (?:tus|las|sus) (?:reglas|instrucciones|normas)',
    '\\bcomo si no tuvieras (?:reglas|restricciones|límites)',
    '\\bsans (?:suivre|respecter) (?:tes|vos|les) (?:règles|consignes|instructions)',
    "\\bcomme si tu n'avais (?:aucune|pas de) (?:règles?|restrictions?|limites?)",
    '\\bohne (?:deine|ihre|die) (?:regeln|anweisungen|vorgaben) (?:zu )?(?:befolgen|beachten)',
    '\\bals (?:ob|hättest) du keine (?:regeln|einschränkungen|grenzen)',
    '\\bsem (?:seguir|respeitar|obedecer) (?:as )?(?:suas |tuas )?(?:regras|instruções|diretrizes)',
    '\\bcomo se (?:você |tu )?não tivesse(?:s)? (?:regras|restrições|limites)',
    '\\bsenza (?:seguire|rispettare) (?:le )?(?:tue |sue )?(?:regole|istruzioni)',
    '\\bcome se non avessi (?:regole|restrizioni|limiti)',
    '不再受.{0,6}(?:规则|限制|约束)',
    'не (?:связан|ограничен)\\S* (?:никакими )?(?:правилами|ограничениями|инструкциями)',
    '(?:ルール|規則|制限|指示)に縛られ',
  ].join('|'), 'u')],
  // "Forget everything you were told", in each language.
  ['forget-what-you-were-told', new RegExp([
    '\\b(?:olvida|olvide|ignora) (?:todo )?lo que te (?:dijeron|han dicho|ordenaron)',
    "\\b(?:oublie|oubliez|ignore|ignorez) tout ce qu(?:'|e )(?:on t'a|on vous a|tu as été|vous avez été) (?:dit|demandé|appris)",
    '\\b(?:vergiss|vergessen sie|ignoriere) alles,? was (?:man )?(?:dir|ihnen) (?:gesagt|befohlen|beigebracht)',
    '\\b(?:esqueça|esqueca|esquece|ignore) tudo (?:o )?que (?:te|lhe) (?:disseram|mandaram|ensinaram)',
    '\\b(?:dimentica|dimentichi|ignora) tutto (?:quello|ciò|cio) che ti (?:hanno|è stato|e stato) (?:detto|ordinato|insegnato)',
    'забудь\\S* вс[её],? что (?:тебе|вам) (?:говорили|сказали|приказали)',
    '忘记.{0,6}(?:告诉你|对你说|给你的)',
    '言われたこと.{0,6}(?:忘れ|無視)',
  ].join('|'), 'u')],
  ['es-override', /\b(?:ignora|ignore|ignoren|olvida|olvide|olviden|omite|descarta|haz caso omiso de|no hagas caso a)\b(?: \S+){0,3} (?:instrucciones|reglas|indicaciones|normas|directrices|órdenes|restricciones)\b/u],
  ['es-unrestricted', /\b(?:actúa|actua|responde|habla|compórtate|eres ahora|ahora eres)\b.{0,40}\bsin (?:ninguna |ningún )?(?:restricci[oó]n|restricciones|l[ií]mites?|reglas|filtros?|censura)\b/u],
  ['fr-override', /(?:\bignore|\bignorez|\boublie|\boubliez|\bne tiens pas compte d|\bne tenez pas compte d)\S*(?: \S+){0,3} (?:instructions|consignes|règles|directives|restrictions)\b/u],
  ['fr-unrestricted', /\b(?:réponds|répondez|agis|agissez|parle|parlez|tu es maintenant)\b.{0,40}\bsans (?:aucune? )?(?:restrictions?|limites?|règles?|filtres?|censure)\b/u],
  ['de-override', /\b(?:ignoriere|ignorier|ignorieren sie|vergiss|vergessen sie|missachte|missachten sie|übergehe)\b(?: \S+){0,3} (?:anweisungen|regeln|instruktionen|vorgaben|richtlinien|befehle|einschränkungen)\b/u],
  ['de-unrestricted', /\b(?:du bist (?:jetzt|nun|ab sofort)|antworte|handle)\b.{0,40}\b(?:uneingeschränkt\w*|ohne (?:jede |alle )?(?:einschränkungen|regeln|filter|grenzen))\b/u],
  ['pt-override', /\b(?:ignore|ignora|ignorem|esqueça|esqueca|esquece|desconsidere|desconsidera)\b(?: \S+){0,3} (?:instruções|instrucoes|regras|diretrizes|orientações|restrições)\b/u],
  ['pt-unrestricted', /\b(?:aja|age|responda|responde|fale|fala|você é agora|agora você é)\b.{0,40}\bsem (?:nenhuma )?(?:restrições|restricoes|limites|regras|filtros|censura)\b/u],
  ['it-override', /\b(?:ignora|ignori|ignorate|dimentica|dimentichi|dimenticate|trascura)\b(?: \S+){0,3} (?:istruzioni|regole|direttive|indicazioni|restrizioni)\b/u],
  ['it-unrestricted', /\b(?:rispondi|agisci|parla|ora sei|sei ora)\b.{0,40}\bsenza (?:alcun[oa]? )?(?:limiti|restrizioni|regole|filtri|censura)\b/u],
  ['zh-override', /(?:忽略|无视|忘记|忘掉|不要理会|不顾|违反).{0,12}(?:指令|指示|规则|提示|设定|限制|要求)/u],
  ['zh-unrestricted', /(?:没有|不受|无|解除|取消)(?:任何)?(?:限制|约束|规则)的?(?:助手|ai|模型|机器人)|你现在是.{0,12}(?:没有|不受|无)(?:任何)?限制/u],
  ['ru-override', /(?:игнорируй|игнорируйте|проигнорируй|забудь|забудьте|не обращай внимания на|отмени)\S*.{0,30}(?:инструкци|правил|указани|ограничени|промпт)/u],
  ['ru-unrestricted', /(?:отвечай|действуй|ты теперь|теперь ты).{0,40}без (?:каких-либо |всяких )?(?:ограничений|правил|фильтров|цензуры)/u],
  ['ja-override', /(?:指示|ルール|命令|制限|設定|規則)(?:を|は)?(?:すべて|全て)?.{0,6}(?:無視|忘れ)|(?:無視|忘れ)て.{0,10}(?:指示|ルール|命令|制限)/u],
  ['ja-unrestricted', /制限(?:なし|のない|なく|を解除)/u],
  // Round 2: Dutch, Polish, Turkish, Korean, Arabic, Indonesian, Hindi — an override verb aimed
  // at the agent's instructions or rules (a previous *message* is not).
  ['nl-override', /\b(?:negeer|negeren|vergeet|vergeten)\b(?: \S+){0,3} (?:instructies|regels|richtlijnen|aanwijzingen|beperkingen|systeemprompt)\b/u],
  ['pl-override', /\b(?:zignoruj|zignorujcie|ignoruj|zapomnij|zapomnijcie|pomiń)\b(?: \S+){0,3} (?:instrukcj|zasad|regu[lł]|polece[nń]|ogranicze[nń])\S*/u],
  ['tr-override', /(?:talimat|kural|yönerge|komut|kısıtlama)\S*(?: \S+){0,2} (?:yok say|unut|görmezden gel|boşver|dikkate alma)/u],
  ['ko-override', /(?:지시|규칙|명령|지침|프롬프트|제한)\S*.{0,10}(?:무시|잊어)/u],
  ['ar-override', /(?:تجاهل|انس|تناس)\S*.{0,30}(?:التعليمات|تعليمات|القواعد|قواعد|الأوامر|الإرشادات)/u],
  ['id-override', /\b(?:abaikan|lupakan|acuhkan)\b(?: \S+){0,3} (?:instruksi|aturan|perintah|pedoman|batasan)\b/u],
  // Round 5: Czech and Swedish.
  ['cs-override', /\b(?:ignoruj|ignorujte|zapomeň|zapomeňte|přeskoč)\b(?: \S+){0,3} (?:pokyn|instrukc|pravid|příkaz|omezení)\S*/u],
  ['sv-override', /\b(?:ignorera|glöm|strunta i)\b(?: \S+){0,3} (?:instruktioner|regler|riktlinjer|direktiv|begränsningar)\b/u],
  ['vi-override', /\bbỏ qua\b.{0,30}\b(?:hướng dẫn|chỉ dẫn|quy tắc|lệnh)\b/u],
  ['el-override', /(?:αγνόησε|αγνοήστε|ξέχασε|ξεχάστε)\b.{0,30}(?:οδηγίες|κανόνες|εντολές)/u],
  ['ro-override', /\b(?:ignoră|ignora|uită|uitați)\b.{0,30}\b(?:instrucțiunile|instructiunile|regulile|instrucțiuni|instructiuni)\b/u],
  ['fi-override', /\b(?:ohita|unohda|sivuuta)\b.{0,30}\b(?:ohjeet|ohjeesi|säännöt|sääntösi|ohjeita)\b/u],
  ['hi-override', /(?:निर्देश|नियम|आदेश|प्रॉम्प्ट)\S*.{0,20}(?:अनदेखा|भूल|नज़रअंदाज़|नजरअंदाज)/u],
];

export const FOREIGN_EXTRACTION: [string, RegExp][] = [
  // Round 3. "Repeat everything above / before this message", in each language.
  ['repeat-above', new RegExp([
    '\\b(?:repite|repita|copia|muestra)\\S*(?: \\S+){0,2} todo lo (?:anterior|de arriba|que (?:hay|está|precede) (?:arriba|antes))',
    '\\b(?:répète|répétez|recopie|recopiez|affiche|affichez)\\S*(?: \\S+){0,2} tout ce qui (?:précède|est (?:au-dessus|avant)|se trouve (?:au-dessus|avant))',
    '\\b(?:wiederhole|wiederholen sie|kopiere|zeige?)\\b(?: \\S+){0,2} alles,? was (?:oben|davor|vorher|vor meiner nachricht) (?:steht|stand|kam)',
    '\\b(?:repita|repete|repete|copie|mostre)\\S*(?: \\S+){0,2} tudo (?:o )?que (?:está|vem|veio) (?:acima|antes)',
    "\\b(?:ripeti|copia|mostra)\\S*(?: \\S+){0,2} tutto (?:quello|ciò|cio) che (?:c'è|c'e|è|e|sta|viene|precede) ?(?:sopra|prima)?",
    '(?:повтори|скопируй|выведи|покажи)\\S*(?: \\S+){0,2} вс[её],? (?:что|который) (?:написано |было |есть |стоит )?(?:выше|до)',
    '(?:重复|复述|输出|打印|显示).{0,6}(?:上面|以上|上述|之前)的?(?:所有|全部)?(?:内容|文字|文本|消息)',
    '(?:上記|上の|これまでの|前の)(?:すべての|全ての)?(?:内容|文章|テキスト|メッセージ).{0,8}(?:繰り返|出力|表示|そのまま)',
  ].join('|'), 'u')],
  // "What were you told before this conversation", in each language.
  ['told-before-chat', new RegExp([
    '\\b(?:dijeron|dicho|dieron|indicaron|ordenaron|instrucciones)\\b.{0,40}\\bantes de (?:esta|nuestra) (?:conversación|conversacion|charla)',
    "\\b(?:dit|données?|donné|demandé|instructions|consignes)\\b.{0,40}\\bavant (?:cette|notre) (?:conversation|discussion)",
    '\\b(?:vor|zu beginn) (?:diesem|diesen|unserem|dem) (?:gespräch|chat|dialog)\\S*.{0,30}\\b(?:gesagt|mitgeteilt|vorgegeben|aufgetragen|befohlen|gegeben)|\\b(?:gesagt|mitgeteilt|vorgegeben|anweisungen)\\b.{0,30}\\bvor (?:diesem|unserem|dem) (?:gespräch|chat|dialog)',
    '\\b(?:disseram|disse|deram|instruções|instrucoes|mandaram)\\b.{0,40}\\bantes (?:desta|da nossa|dessa) (?:conversa|conversação)',
    "\\b(?:detto|dato|date|istruzioni|ordinato)\\b.{0,40}\\bprima (?:di questa|della nostra) (?:conversazione|chat)",
    '(?:сказали|говорили|инструкци|указани|велели).{0,40}до (?:этого|нашего) (?:разговора|диалога|чата)|до (?:этого|нашего) (?:разговора|диалога|чата).{0,40}(?:сказали|говорили|инструкци|велели)',
    '(?:对话|聊天)(?:开始)?之前.{0,12}(?:告诉|指示|指令|说)|(?:告诉|指示)你.{0,12}(?:对话|聊天)(?:开始)?之前',
    '(?:会話|チャット)の(?:前|開始前)に.{0,12}(?:言われ|指示|命令)',
  ].join('|'), 'u')],
  // "Summarise / translate / list your instructions", in each language (not "your rules for…").
  ['summarise-rules', new RegExp([
    '\\b(?:resume|resuma|resumen|traduce|traduzca|parafrasea|enumera|lista)\\S*(?: \\S+){0,2} (?:tus|sus) (?:instrucciones|reglas|directrices|indicaciones)\\b(?! (?:de|para|sobre) )',
    '\\b(?:résume|résumez|tradui\\S*|paraphrase\\S*|énumère\\S*|liste\\S*)(?: \\S+){0,2} (?:tes|vos) (?:instructions|consignes|règles)\\b(?! (?:de|pour|sur|du|des) )',
    '\\b(?:fasse|fass|übersetze|übersetz|zähle|liste|paraphrasiere)\\S*(?: \\S+){0,2} (?:deine|ihre) (?:anweisungen|regeln|vorgaben)\\b(?! (?:für|zu|zum|zur|über) )',
    '\\b(?:resuma|resume|traduza|traduz|liste|parafraseie|enumere)\\S*(?: \\S+){0,2} (?:as )?(?:suas|tuas) (?:instruções|instrucoes|regras|diretrizes)\\b(?! (?:de|para|sobre) )',
    '\\b(?:riassumi|traduci|elenca|parafrasa)\\S*(?: \\S+){0,2} (?:le )?(?:tue|sue) (?:istruzioni|regole|direttive)\\b(?! (?:di|per|su|sulla|sulle) )',
    '(?:перескажи|переведи|перечисли|кратко изложи)\\S*(?: \\S+){0,2} (?:сво|тво)\\S* (?:инструкци|правил)',
    '(?:总结|概括|翻译|列出)(?:一下)?你的(?:指令|规则|设定|提示词)',
    '(?:あなたの)?(?:指示|ルール|設定)を(?:要約|翻訳|列挙)',
  ].join('|'), 'u')],

  // "System prompt" in Dutch, Polish, Turkish, Korean, Arabic, Indonesian, Hindi: no customer
  // question needs it.
  ['system-prompt-named', /systeemprompt|systemprompt|lời nhắc hệ thống|μήνυμα συστήματος|promptul de sistem|järjestelmäkehote|systémov\S* prompt|prompt(?:u)? systemow|sistem istem|시스템 프롬프트|موجه النظام|prompt sistem|सिस्टम प्रॉम्प्ट/u],
  // "Your hidden / secret / original instructions", "the prompt they gave you", in each language.
  ['hidden-instructions', new RegExp([
    '\\b(?:prompt|instrucciones|reglas|indicaciones) que te (?:dieron|dio|han dado|pusieron|programaron)',
    '\\binstruções (?:ocultas|secretas|iniciais|originais|escondidas)',
    '\\bistruzioni (?:nascoste|segrete|iniziali|originali)',
    '(?:系统提示|提示词|系统指令).{0,4}是什么|你的(?:指令|提示词|设定)是什么',
    '(?:скрыт|секретн|системн|исходн)\\S* (?:инструкци|промпт|правил)',
    '(?:隠された|秘密の|元の|最初の)(?:指示|ルール|プロンプト|設定)',
  ].join('|'), 'u')],
  // "The text before my message", in each language.
  ['text-before-message', new RegExp([
    '\\btexto (?:que (?:hay|está) )?(?:antes|encima) de mi (?:primer )?mensaje',
    '\\btexte (?:qui (?:est|se trouve) )?(?:avant|au-dessus de) mon (?:premier )?message',
    '\\btext,? (?:der )?(?:vor|über) meiner (?:ersten )?nachricht',
    '\\btexto (?:que (?:está|vem) )?antes da minha (?:primeira )?mensagem',
    '\\btesto (?:che (?:c\'è|si trova) )?prima del mio (?:primo )?messaggio',
    '(?:текст|вс[её]|то),? (?:который|что) был\\S* до (?:моего|этого) (?:первого )?сообщени',
    '我(?:的)?(?:第一条)?(?:消息|信息)之前的(?:文字|内容|文本)',
    '(?:私の)?(?:最初の)?メッセージ(?:より|の)前の(?:テキスト|文章|内容)',
  ].join('|'), 'u')],
  ['es-reveal', /\b(?:muestra|muéstrame|muestrame|revela|revélame|dime|enseña|enséñame|imprime|repite|dame)\b(?: \S+){0,2} (?:tu|tus|su|sus) (?:prompt|instrucciones|indicaciones|configuración|reglas)\b|\b(?:prompt|instrucciones) (?:del|de) sistema\b|\binstrucciones (?:ocultas|secretas|iniciales|originales)\b/u],
  ['fr-reveal', /\b(?:révèle|révélez|montre|montrez|affiche|affichez|donne|donnez|dis|dites|répète|répétez)(?:-moi)?\b(?: \S+){0,2} (?:ton|ta|tes|votre|vos) (?:prompt|instructions|consignes|règles|configuration)\b|\b(?:prompt|instructions|consignes) (?:système|du système|cachées|secrètes|initiales)\b/u],
  ['de-reveal', /\b(?:zeig|zeige|zeigen sie|verrate|verraten sie|gib|geben sie|nenne|nennen sie|wiederhole)\b(?: \S+){0,2} (?:deine|ihre|deinen|ihren) (?:system\S*|anweisungen|prompt|regeln|konfiguration)\b|\bsystemprompt\b|\bsystem-?anweisung\w*|\bversteckten anweisungen\b/u],
  ['pt-reveal', /\b(?:mostre|mostra|revele|revela|diga|diz|repita|me mostre)(?:-me)?\b(?: \S+){0,2} (?:seu|sua|seus|suas|teu|tua) (?:prompt|instruções|instrucoes|regras|configuração)\b|\b(?:prompt|instruções) (?:do|de) sistema\b/u],
  ['it-reveal', /\b(?:mostrami|mostra|rivela|rivelami|dimmi|ripeti)\b(?: \S+){0,2} (?:tuo|tua|tuoi|tue) (?:prompt|istruzioni|regole|configurazione)\b|\b(?:prompt|istruzioni) di sistema\b/u],
  ['zh-reveal', /(?:显示|告诉我|说出|输出|打印|透露|展示|给我看|泄露|重复).{0,8}(?:系统提示|提示词|系统指令|初始指令|你的指令|你的规则|你的设定)|(?:你的)?(?:系统提示|提示词|系统指令|初始指令).{0,10}(?:发给我|给我|告诉我|显示|输出|打印|发出来)/u],
  ['ru-reveal', /(?:покажи|покажите|раскрой|выведи|скажи|напиши|повтори|назови).{0,20}(?:системн\S* (?:промпт|инструкци|подсказк)|сво\S* (?:инструкци|правил|промпт)|тво\S* (?:инструкци|правил|промпт)|промпт)/u],
  ['ja-reveal', /システムプロンプト|(?:指示|ルール|設定|プロンプト)(?:を|は).{0,6}(?:見せ|教え|表示|出力)/u],
];
