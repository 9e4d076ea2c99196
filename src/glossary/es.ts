/**
 * Spanish (neutral Latin-American) definitions of the glossary terms, keyed by term id. Terms are still
 * matched in English (registry text is English); only the definition is translated. Written for this project
 * in plain words, grade-8 intent.
 *
 * NOT REVIEWED: no clinician or medical translator has checked these definitions yet (`ES_REVIEWED`).
 */

/** No clinician has reviewed the Spanish definitions. */
export const ES_REVIEWED = false;

export const ES_DEFINITIONS: Readonly<Record<string, string>> = {
  randomized:
    'Asignado a un grupo del estudio al azar, como al lanzar una moneda, para comparar los grupos de forma justa.',
  placebo:
    'Un tratamiento falso sin medicina activa, como una pastilla de azúcar. Ayuda a ver si el tratamiento real funciona.',
  'double-blind':
    'Ni las personas del estudio ni el equipo del estudio saben quién recibe cada tratamiento.',
  blinding:
    'Evitar que se sepa quién recibe cada tratamiento, para que eso no influya en los resultados.',
  'open-label': 'Todos, incluidos usted y el equipo del estudio, saben qué tratamiento recibe.',
  'single-arm':
    'Todas las personas del estudio reciben el mismo tratamiento. No hay otro grupo para comparar.',
  'study-arm':
    'Un grupo de un estudio. Cada grupo recibe un tratamiento, una dosis o un plan distinto.',
  'control-group':
    'El grupo que recibe la atención habitual, un placebo o ningún tratamiento, para comparar con el nuevo.',
  cohort:
    'Un grupo de personas de un estudio que tienen algo en común, como una enfermedad o una fecha de inicio.',
  baseline:
    'Su salud y sus resultados de pruebas al inicio de un estudio. Los resultados posteriores se comparan con ellos.',
  phase:
    'Una etapa de la prueba de un tratamiento. La fase 1 revisa la seguridad en pocas personas; las demás, en más.',
  efficacy: 'Qué tan bien funciona un tratamiento en un estudio.',
  endpoint:
    'Lo que mide un estudio para saber si un tratamiento funciona, como el nivel de dolor o el tiempo de vida.',
  'primary-outcome':
    'El resultado principal que mide un estudio para responder su pregunta más importante.',
  'secondary-outcome': 'Otros resultados que mide un estudio además del principal.',
  'inclusion-criteria':
    'Lo que debe cumplir para entrar a un estudio, como su edad o su problema de salud.',
  'exclusion-criteria':
    'Cosas que le impiden entrar a un estudio, como algunas enfermedades o medicinas.',
  eligibility: 'Si puede o no entrar a un estudio, según sus reglas de edad, salud y otras.',
  'informed-consent':
    'Aceptar entrar a un estudio después de conocer su propósito, riesgos y beneficios. Puede salir cuando quiera.',
  assent:
    'El acuerdo propio de un niño o niña para entrar a un estudio. Su madre, padre o tutor también da su consentimiento.',
  screening: 'Pruebas y preguntas antes de empezar un estudio, para ver si puede participar.',
  enrollment: 'Inscribirse y entrar a un estudio. También puede indicar cuántas personas entraron.',
  'follow-up':
    'Revisar la salud de las personas por un tiempo después del tratamiento, con visitas, llamadas o pruebas.',
  protocol: 'El plan escrito de un estudio. Dice quién puede entrar, qué pasará y qué se medirá.',
  investigator:
    'Un médico o científico que dirige un estudio. El responsable principal se llama investigador principal.',
  investigational: 'Todavía en estudio y aún no aprobado para este uso.',
  intervention:
    'Un tratamiento u otra acción, como un medicamento, una cirugía o un programa. En un estudio, es lo que se prueba.',
  experimental:
    'Nuevo y todavía en prueba. Un grupo experimental recibe el tratamiento que se estudia.',
  'study-subject': 'Una persona que participa en un estudio; un participante.',
  administered: 'Dado a una persona, como un medicamento por boca, inyección o goteo.',
  'adverse-event':
    'Cualquier problema de salud no deseado durante un estudio. Puede o no ser causado por el tratamiento.',
  'serious-adverse-event':
    'Un problema de salud muy grave. Puede causar la muerte o un daño duradero, o requerir hospitalización.',
  toxicity: 'Daño que un tratamiento causa al cuerpo, como los efectos secundarios.',
  dlt: 'Un efecto secundario tan serio que la dosis no se puede subir más.',
  mtd: 'La dosis más alta de un medicamento que se puede tomar sin efectos secundarios demasiado serios.',
  tolerability: 'Qué tan bien soportan las personas los efectos secundarios de un tratamiento.',
  pharmacokinetics:
    'Cómo el cuerpo absorbe, mueve, descompone y elimina un medicamento con el tiempo.',
  stratified:
    'Separado en subgrupos, por ejemplo por edad, antes de asignar los grupos al azar, para que queden parecidos.',
  sham: 'Un procedimiento falso que parece el real pero no trata nada. Funciona como un placebo.',
  comparator:
    'El tratamiento con el que se compara uno nuevo, como un placebo o el tratamiento habitual.',
  'standard-of-care': 'El tratamiento que los médicos suelen dar para un problema de salud.',
  'intention-to-treat':
    'Cada persona se cuenta en el grupo al que fue asignada al inicio, aunque haya dejado o cambiado el tratamiento.',
  'confidence-interval':
    'Un rango de números que probablemente contiene el resultado real. Un rango estrecho indica un resultado más exacto.',
  multicenter: 'Se hace en más de un hospital o clínica.',
  prospective:
    'Sigue a las personas hacia adelante en el tiempo y reúne datos nuevos a medida que pasan las cosas.',
  retrospective: 'Revisa registros o datos del pasado.',
  observational: 'Un estudio que observa y mide lo que pasa, sin dar un tratamiento para probarlo.',
  'pilot-study': 'Un estudio pequeño y temprano para ver si un estudio más grande puede funcionar.',
  'quality-of-life':
    'Qué tan bien se siente y se desenvuelve en la vida diaria, en cuerpo, mente y relaciones.',
  'patient-reported-outcome':
    'Un resultado que viene directamente del paciente, a menudo de una encuesta, como el dolor o el ánimo.',
  'numeric-rating-scale':
    'Una escala en la que califica algo, como el dolor, con un número, a menudo del 0 al 10.',
  biomarker:
    'Algo del cuerpo que se puede medir, como una proteína en la sangre, y que da pistas sobre la salud.',
  regimen: 'Un plan de tratamiento: qué medicamentos, cuánto, cada cuánto y por cuánto tiempo.',
  cycle:
    'Un tiempo de tratamiento seguido de un tiempo de descanso. Los ciclos se repiten según un calendario.',
  infusion:
    'Medicina o líquido que se da despacio por una aguja o tubo en una vena, a menudo por goteo.',
  intravenous: 'En una vena, casi siempre por una aguja o un tubo delgado.',
  subcutaneous: 'Debajo de la piel. Una inyección subcutánea va en la grasa justo bajo la piel.',
  oral: 'Por la boca, o relacionado con la boca.',
  topical:
    'Que se pone sobre la superficie del cuerpo, como la piel o el ojo: una crema, un gel o unas gotas.',
  concomitant:
    'Al mismo tiempo que otra cosa, como otros medicamentos que toma u otra enfermedad que tiene.',
  contraindication: 'Una razón para no usar un tratamiento, porque podría dañar a cierta persona.',
  comorbidity: 'Otra enfermedad que una persona tiene al mismo tiempo que la principal.',
  adherence:
    'Qué tan bien sigue una persona el plan de tratamiento, como tomar cada dosis a tiempo.',
  discontinuation: 'Dejar un tratamiento, o salir de un estudio antes de tiempo.',
  'rescue-medication':
    'Un medicamento que puede tomar si los síntomas empeoran mucho durante un estudio, como un analgésico.',
  refractory: 'Que no mejora con el tratamiento, o que ya dejó de mejorar con él.',
  relapse: 'Cuando una enfermedad regresa o empeora después de un tiempo de mejoría.',
  remission:
    'Cuando los signos de una enfermedad bajan o desaparecen. Puede ser parcial o completa.',
  recurrence:
    'Cuando una enfermedad o un problema vuelve después de haberse ido, como después del tratamiento.',
  progression: 'Cuando una enfermedad crece, se extiende o empeora.',
  pfs: 'Cuánto tiempo viven las personas sin que su enfermedad empeore.',
  'overall-survival':
    'Cuánto tiempo viven las personas de un estudio, contado desde un momento fijo, como el inicio del tratamiento.',
  dfs: 'Cuánto tiempo viven las personas sin señales de que la enfermedad haya regresado.',
  'response-rate':
    'La parte de las personas cuya enfermedad se reduce o desaparece con el tratamiento.',
  'duration-of-response':
    'Cuánto tiempo sigue funcionando un tratamiento, desde que la enfermedad se reduce hasta que vuelve a crecer.',
  recist:
    'Reglas para medir tumores en estudios de imagen y saber si se reducen, siguen igual o crecen.',
  'target-lesion':
    'Uno de los tumores elegidos al inicio para medirlo en cada imagen y ver si el tratamiento lo achica.',
  'non-target-lesion':
    'Un tumor que se revisa en las imágenes pero no se mide. Los médicos ven si crece o desaparece.',
  metastatic: 'Cáncer que se ha extendido desde donde empezó a otras partes del cuerpo.',
  'locally-advanced':
    'Cáncer que ha crecido hacia tejidos o ganglios cercanos, pero no a partes lejanas del cuerpo.',
  unresectable: 'Que no se puede sacar por completo con cirugía.',
  resectable: 'Que se puede sacar por completo con cirugía.',
  resection: 'Cirugía para sacar tejido o parte de un órgano, como un tumor.',
  adjuvant:
    'Tratamiento agregado después del principal, como tras una cirugía, para bajar el riesgo de que la enfermedad regrese.',
  neoadjuvant:
    'Tratamiento que se da antes del principal, a menudo para achicar un tumor antes de la cirugía.',
  'first-line':
    'El primer tratamiento que se prueba para una enfermedad. La segunda línea es el siguiente, si el primero falla.',
  systemic: 'Que llega a todo el cuerpo, como un medicamento que viaja por la sangre.',
  chemotherapy: 'Medicamentos que matan células que crecen rápido, como las células de cáncer.',
  platinum:
    'Medicamentos contra el cáncer que contienen el metal platino. El cisplatino y el carboplatino son dos de ellos.',
  doublet: 'Un tratamiento que usa dos medicamentos juntos.',
  immunotherapy:
    'Tratamiento que ayuda a su sistema inmunitario a combatir una enfermedad, como el cáncer.',
  radiotherapy:
    'Tratamiento que usa rayos de energía fuertes, como los rayos X, para matar células de cáncer.',
  'monoclonal-antibody':
    'Una proteína hecha en laboratorio que se une a un blanco exacto en el cuerpo. Muchas se usan como medicamentos.',
  antibody:
    'Una proteína del sistema inmunitario que se une a gérmenes u otros blancos. Algunos medicamentos son anticuerpos.',
  inhibitor: 'Un medicamento que bloquea cierta proteína o cierto proceso del cuerpo.',
  tki: 'Un medicamento que bloquea señales que ayudan a crecer a algunas células de cáncer. Muchos son pastillas.',
  'pd-l1':
    'Proteínas que pueden impedir que el sistema inmunitario ataque el cáncer. Algunos medicamentos las bloquean.',
  egfr: 'Una proteína que ayuda a crecer a las células. Cambios en su gen pueden impulsar algunos cánceres, como el de pulmón.',
  her2: 'Una proteína que ayuda a crecer a las células. Algunos cánceres tienen demasiada, o un cambio en su gen.',
  alk: 'ALK y ROS1 son genes. Sus cambios pueden impulsar algunos cánceres de pulmón, y algunos medicamentos los atacan.',
  exon: 'Una sección de un gen. Los resultados pueden nombrar el exón donde se encontró un cambio.',
  mutation:
    'Un cambio en un gen. Algunos cambios pueden causar enfermedad o influir en qué tratamiento puede funcionar.',
  lesion: 'Una zona del cuerpo dañada o anormal, como un tumor, una llaga o una mancha.',
  malignancy: 'Cáncer. Las células malignas pueden crecer y extenderse.',
  carcinoma: 'Cáncer que empieza en las células que recubren los órganos o la piel.',
  'in-situ': 'En su lugar de origen. Un cáncer in situ no se ha extendido a tejidos cercanos.',
  invasive:
    'En el cáncer: que se extiende a tejidos cercanos. En una prueba: que entra al cuerpo, como con un corte o una aguja.',
  squamous:
    'Formado por células delgadas y planas, como las de la piel y el recubrimiento de algunos órganos.',
  nsclc: 'El tipo más común de cáncer de pulmón.',
  lymphoma: 'Cáncer que empieza en los glóbulos blancos del sistema inmunitario.',
  'follicular-lymphoma': 'Un tipo de linfoma que suele crecer despacio.',
  stage:
    'Qué tan avanzada está una enfermedad. En el cáncer, una etapa más alta, como III o IV, indica que se ha extendido más.',
  staging:
    'Averiguar qué tan extendida está una enfermedad, como el cáncer. Las pruebas e imágenes ayudan a decir la etapa.',
  histology:
    'Observar tejido con un microscopio. Un laboratorio puede usarla para confirmar una enfermedad.',
  cytology:
    'Observar células con un microscopio, como células de un líquido o de una muestra tomada con aguja.',
  biopsy: 'Sacar un pedacito de tejido para verlo con un microscopio.',
  pathology:
    'El estudio de las enfermedades al revisar tejidos, células o líquidos del cuerpo en un laboratorio.',
  'lymph-node':
    'Una pequeña glándula con forma de frijol que ayuda a combatir infecciones. El cáncer puede llegar a los ganglios.',
  ecog: 'Un puntaje de 0 a 5 sobre qué tan bien hace sus tareas diarias. 0 es totalmente activo; más alto indica más limitación.',
  ctcae:
    'Una lista estándar para nombrar efectos secundarios y darles un grado de 1 (leve) a 5 (muerte).',
  hepatic: 'Relacionado con el hígado.',
  renal: 'Relacionado con los riñones.',
  cardiac: 'Relacionado con el corazón.',
  cardiovascular: 'Relacionado con el corazón y los vasos sanguíneos.',
  creatinine: 'Un desecho en la sangre. Su nivel muestra qué tan bien funcionan sus riñones.',
  'creatinine-clearance':
    'Qué tan rápido sus riñones sacan de la sangre un desecho llamado creatinina. Muestra qué tan bien funcionan.',
  bilirubin:
    'Sustancia amarilla que se forma al romperse los glóbulos rojos. Niveles altos pueden indicar un problema de hígado.',
  alt: 'Una enzima del hígado que se mide en un análisis de sangre. Niveles altos pueden ser señal de daño en el hígado.',
  ast: 'Una enzima que está sobre todo en el hígado y el corazón. Niveles altos pueden ser señal de daño en el hígado.',
  uln: 'El resultado más alto de una prueba de laboratorio que todavía se considera normal.',
  hemoglobin: 'La proteína de los glóbulos rojos que lleva el oxígeno.',
  hba1c:
    'Un análisis de sangre que muestra su nivel promedio de azúcar en los últimos 2 a 3 meses.',
  platelet: 'Células muy pequeñas de la sangre que ayudan a coagular y detener el sangrado.',
  'platelet-count':
    'Cuántas plaquetas, las células pequeñas que ayudan a coagular, hay en su sangre.',
  neutrophil: 'Un tipo de glóbulo blanco que combate infecciones.',
  'neutrophil-count':
    'Cuántos neutrófilos, glóbulos blancos que combaten infecciones, hay en su sangre.',
  serum:
    'La parte líquida y clara de la sangre, que queda al quitar las células y lo que la hace coagular.',
  hepatitis: 'Inflamación del hígado, a menudo causada por un virus como el de la hepatitis B o C.',
  immunosuppression:
    'Cuando el sistema inmunitario está más débil de lo normal, por una enfermedad o por medicinas que lo calman.',
  immunosuppressant:
    'Un medicamento que calma el sistema inmunitario, como después de un trasplante.',
  autoimmune: 'Cuando el sistema inmunitario ataca por error las células sanas del propio cuerpo.',
  corticosteroid:
    'Un medicamento que baja la inflamación y calma el sistema inmunitario, como la prednisona.',
  nsaid: 'Un tipo común de medicamento para el dolor y la inflamación, como el ibuprofeno.',
  inflammation:
    'La reacción del cuerpo a una lesión o infección. Puede causar enrojecimiento, calor, hinchazón y dolor.',
  biologic: 'Un medicamento hecho a partir de células vivas, como un anticuerpo.',
  chronic: 'Que dura mucho tiempo o que vuelve a menudo.',
  acute: 'Que empieza de repente, o que dura poco tiempo.',
  'childbearing-potential': 'Que puede quedar embarazada.',
  lactating: 'Que produce leche materna; que está amamantando.',
  postmenopausal: 'Después de la menopausia, cuando la menstruación se ha detenido para siempre.',
  endocrine: 'Relacionado con las hormonas y las glándulas que las producen.',
  'endocrine-therapy':
    'Tratamiento que bloquea hormonas que ayudan a crecer a algunos cánceres, como algunos de mama.',
  antigen:
    'Una sustancia que hace reaccionar al sistema inmunitario, como una parte de un germen o de una célula de cáncer.',
  autologous: 'Tomado de su propio cuerpo, como sus propias células o tejidos.',
  'stem-cell': 'Una célula que puede convertirse en otros tipos de células, como las de la sangre.',
  'bone-marrow': 'El tejido blando dentro de los huesos donde se forman las células de la sangre.',
  'myocardial-infarction':
    'Un ataque al corazón: una parte del músculo del corazón se daña porque se bloquea su riego de sangre.',
  coronary: 'Relacionado con los vasos sanguíneos que alimentan el músculo del corazón.',
  'heart-failure': 'Cuando el corazón no puede bombear la sangre tan bien como debería.',
  'ejection-fraction':
    'La parte de la sangre que el corazón expulsa en cada latido. Muestra qué tan bien bombea.',
  echocardiogram: 'Un ultrasonido del corazón que muestra cómo se mueve y bombea.',
  mri: 'Un estudio que usa imanes fuertes y ondas de radio para crear imágenes detalladas del interior del cuerpo.',
  ct: 'Un estudio que usa rayos X y una computadora para crear imágenes detalladas del interior del cuerpo.',
  hypertension: 'Presión arterial alta.',
  cns: 'El cerebro y la médula espinal.',
  neurologic: 'Relacionado con el cerebro, la médula espinal y los nervios.',
  hematologic: 'Relacionado con la sangre.',
  gastrointestinal: 'Relacionado con el estómago y los intestinos.',
  irb: 'Un grupo que revisa un estudio para proteger los derechos y la seguridad de las personas que participan.',
  dsmb: 'Expertos externos que revisan los datos durante un estudio para proteger a los participantes.',
  lumbar: 'Relacionado con la parte baja de la espalda.',
  cervical: 'Relacionado con el cuello, o con el cuello del útero (la parte baja de la matriz).',
  epidural: 'El espacio alrededor de la médula espinal. Una inyección epidural pone medicina allí.',
  tfesi:
    'Una inyección de esteroide cerca de un nervio de la columna, donde el nervio sale de la columna.',
  herniation: 'Cuando una parte de algo, como un disco de la columna, se sale de su lugar normal.',
  radiculopathy:
    'Dolor, adormecimiento o debilidad por un nervio pinchado en la columna, que a menudo se siente en un brazo o una pierna.',
  spondyloarthritis:
    'Un grupo de enfermedades que causan inflamación y dolor en la columna y las articulaciones.',
  'ankylosing-spondylitis':
    'Un tipo de artritis de largo plazo que afecta sobre todo la columna y causa dolor y rigidez.',
  'atopic-dermatitis':
    'Un problema de la piel de largo plazo que causa piel seca, roja y con picazón.',
  caries: 'Daño en los dientes que puede formar agujeros (cavidades).',
};
