"""Small files in the two formats, written for the tests (invented rows, not data from either project)."""

ACLED_HEADER = ("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
                "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,"
                "admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,"
                "tags,timestamp")
ACLED_ROWS = [
    'MLI1,2024-03-05,2024,1,Political violence,Battles,Armed clash,JNIM: Group for Support of Islam and Muslims,,'
    'Rebel group,Military Forces of Mali (2021-),,State forces,Rebel group-State forces,,466,Western Africa,Mali,'
    'Gao,Gao,Gao,Gao,16.2717,-0.0447,1,Test wire,National,A test clash near the town.,4,,1700000000',
    'MLI2,16 May 2025,2025,3,Political violence,Violence against civilians,Abduction/forced disappearance,'
    'Unidentified Armed Group (Mali),,Political militia,Civilians (Mali),,Civilians,,Civilian targeting,466,'
    'Western Africa,Mali,Mopti,Bankass,,Testville,14.0801,-3.5203,2,Test radio,Local,A test abduction.,0,,1700000000',
    'MLI3,not a date,2025,1,,Battles,Armed clash,Someone,,,,,,,,466,,Mali,Gao,,,Nowhere,16.0,0.0,1,,,,1,,0',
    'MLI4,2025-01-02,2025,1,,Battles,Armed clash,Someone,,,,,,,,466,,Mali,Gao,,,Nowhere,999,0.0,1,,,,1,,0',
]
UCDP_HEADER = ("id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,"
               "conflict_name,dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,"
               "side_b_new_id,side_b,number_of_sources,source_article,source_office,source_date,source_headline,"
               "source_original,where_prec,where_coordinates,where_description,adm_1,adm_2,latitude,longitude,"
               "geom_wkt,priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,"
               "deaths_b,deaths_civilians,deaths_unknown,best,high,low,gwnoa,gwnob")
UCDP_ROWS = [
    '900001,T-1,2019,true,Clear,3,1,1,Mali: Test,1,1,Test - civilians,1,1,Test group,,,Civilians,2,'
    '"secret article text",Test office,2019-03-23,"secret headline",,1,Ogossagou village,near Bankass,'
    'Mopti region,Bankass cercle,14.2300,-3.8200,POINT (-3.82 14.23),1,Mali,432,Africa,1,1,'
    '2019-03-23 00:00:00.000,2019-03-23 00:00:00.000,0,0,150,7,157,174,115,,',
    '900002,T-2,2020,true,Clear,1,1,1,Mali: Test,1,1,Government of Mali - JNIM,1,1,Government of Mali,,,JNIM,1,'
    ',Test office,2020-02-01,,,2,Test camp,,Mopti region,,14.5,-4.2,POINT (-4.2 14.5),1,Mali,432,Africa,1,3,'
    '2020-02-01 00:00:00.000,2020-02-05 00:00:00.000,5,10,0,0,15,12,20,,',
]


def write(path, header, rows):
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path
